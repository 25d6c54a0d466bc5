package strata.assembler.asm.output;

import strata.assembler.asm.section.SectionState;
import strata.assembler.asm.symbol.AsmSymbol;
import strata.assembler.object.RelocationType;

/**
 * A relocation before symbols have indices. It names {@code symbol}, or else the section symbol
 * of {@code section} (which only {@code .reloc} asks for), or, with both null, no symbol (ELF
 * symbol 0).
 */
record PendingRelocation(int offset, RelocationType type, AsmSymbol symbol, SectionState section, long addend) {

    PendingRelocation(int offset, RelocationType type, AsmSymbol symbol, long addend) {
        this(offset, type, symbol, null, addend);
    }
}
