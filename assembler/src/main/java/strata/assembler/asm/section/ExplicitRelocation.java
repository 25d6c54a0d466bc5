package strata.assembler.asm.section;

import strata.assembler.asm.expr.Value;
import strata.assembler.asm.source.SourceLine;
import strata.assembler.object.RelocationType;

/**
 * A relocation written out with {@code .reloc}: of {@code type}, at {@code offset} (an address, or
 * a number counted from the start of {@code section}, the section current at the directive),
 * against {@code value} (null when none was given). Both expressions are kept as written and
 * settled when every address is final; {@code line} and the columns say where, for errors.
 */
public record ExplicitRelocation(Value offset, SectionState section, RelocationType type, Value value,
                                 SourceLine line, int offsetColumn, int valueColumn) {
}
