package strata.assembler.asm.section;

import strata.assembler.asm.expr.Value;
import strata.assembler.asm.source.SourceLine;

/**
 * A field that can only be filled in at the end, when every symbol is placed: {@code offset}
 * bytes into its fragment, of {@code kind}, with the value {@code value}. {@code relax} records
 * whether {@code .option relax} was on where it was written; {@code line} and {@code column}
 * say where, for errors found at the end.
 */
public record Fixup(int offset, FixupKind kind, Value value, boolean relax, SourceLine line, int column) {
}
