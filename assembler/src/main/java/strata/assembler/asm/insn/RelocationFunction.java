package strata.assembler.asm.insn;

import strata.assembler.asm.section.FixupKind;
import strata.assembler.isa.Operand;

/**
 * The {@code %name(expression)} operators that ask for part of an address: which immediate
 * fields each may fill and the fixup it becomes there. GNU lets lui and auipc take either high
 * part, and I-type and S-type immediates either low part.
 */
enum RelocationFunction {
    HI("hi"),
    LO("lo"),
    PCREL_HI("pcrel_hi"),
    PCREL_LO("pcrel_lo");

    private final String spelling;

    RelocationFunction(String spelling) {
        this.spelling = spelling;
    }

    String spelling() {
        return "%" + spelling;
    }

    static RelocationFunction byName(String name) {
        for (RelocationFunction function : values()) {
            if (function.spelling.equals(name)) {
                return function;
            }
        }
        return null;
    }

    /** The fixup this function makes in {@code field}, or null if it cannot go there. */
    FixupKind fixupIn(Operand field) {
        return switch (field) {
            case IMM20 -> this == HI ? FixupKind.HI20 : this == PCREL_HI ? FixupKind.PCREL_HI20 : null;
            case IMM12 -> this == LO ? FixupKind.LO12_I : this == PCREL_LO ? FixupKind.PCREL_LO12_I : null;
            case SIMM12 -> this == LO ? FixupKind.LO12_S : this == PCREL_LO ? FixupKind.PCREL_LO12_S : null;
            default -> null;
        };
    }
}
