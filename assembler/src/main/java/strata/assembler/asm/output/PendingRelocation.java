package strata.assembler.asm.output;

import strata.assembler.asm.symbol.AsmSymbol;
import strata.assembler.object.RelocationType;

/** A relocation before symbols have indices; {@code symbol} is null for none (ELF symbol 0). */
record PendingRelocation(int offset, RelocationType type, AsmSymbol symbol, long addend) {
}
