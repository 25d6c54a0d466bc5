package strata.assembler.link;

import java.util.EnumMap;
import java.util.Map;
import strata.assembler.object.RelocationType;

/**
 * What the linker computes for each relocation type and which bits it writes, from the RISC-V
 * ELF psABI: S is the symbol's address, A the addend, P the place's address, V the value
 * already in the field, HI the value of the PCREL_HI20 at the auipc the symbol names.
 */
record RelocationRule(Computation computation, Field field) {

    enum Computation {
        /** S + A */
        ABSOLUTE,
        /** S + A - P */
        PC_RELATIVE,
        /** V + S + A */
        ADD,
        /** V - (S + A) */
        SUB,
        /** HI + A */
        PCREL_LO,
        /** nothing: a hint to a relaxing linker */
        HINT
    }

    private static final Map<RelocationType, RelocationRule> RULES = new EnumMap<>(Map.ofEntries(
            rule(RelocationType.NONE, Computation.HINT, null),
            rule(RelocationType.RELAX, Computation.HINT, null),
            rule(RelocationType.R_32, Computation.ABSOLUTE, Field.WORD),
            rule(RelocationType.R_64, Computation.ABSOLUTE, Field.DWORD),
            rule(RelocationType.BRANCH, Computation.PC_RELATIVE, Field.BRANCH),
            rule(RelocationType.JAL, Computation.PC_RELATIVE, Field.JUMP),
            rule(RelocationType.CALL, Computation.PC_RELATIVE, Field.CALL),
            rule(RelocationType.CALL_PLT, Computation.PC_RELATIVE, Field.CALL),
            rule(RelocationType.PCREL_HI20, Computation.PC_RELATIVE, Field.UPPER),
            rule(RelocationType.PCREL_LO12_I, Computation.PCREL_LO, Field.LOWER_I),
            rule(RelocationType.PCREL_LO12_S, Computation.PCREL_LO, Field.LOWER_S),
            rule(RelocationType.HI20, Computation.ABSOLUTE, Field.UPPER),
            rule(RelocationType.LO12_I, Computation.ABSOLUTE, Field.LOWER_I),
            rule(RelocationType.LO12_S, Computation.ABSOLUTE, Field.LOWER_S),
            rule(RelocationType.ADD8, Computation.ADD, Field.BYTE),
            rule(RelocationType.ADD16, Computation.ADD, Field.HALF),
            rule(RelocationType.ADD32, Computation.ADD, Field.WORD),
            rule(RelocationType.ADD64, Computation.ADD, Field.DWORD),
            rule(RelocationType.SUB6, Computation.SUB, Field.LOW6),
            rule(RelocationType.SUB8, Computation.SUB, Field.BYTE),
            rule(RelocationType.SUB16, Computation.SUB, Field.HALF),
            rule(RelocationType.SUB32, Computation.SUB, Field.WORD),
            rule(RelocationType.SUB64, Computation.SUB, Field.DWORD),
            rule(RelocationType.SET6, Computation.ABSOLUTE, Field.LOW6),
            rule(RelocationType.SET8, Computation.ABSOLUTE, Field.BYTE),
            rule(RelocationType.SET16, Computation.ABSOLUTE, Field.HALF),
            rule(RelocationType.SET32, Computation.ABSOLUTE, Field.WORD),
            rule(RelocationType.R_32_PCREL, Computation.PC_RELATIVE, Field.WORD)));

    private static Map.Entry<RelocationType, RelocationRule> rule(RelocationType type, Computation computation,
                                                                  Field field) {
        return Map.entry(type, new RelocationRule(computation, field));
    }

    /**
     * The rule for {@code type}, or null for the one type the linker refuses: R_RISCV_ALIGN, whose
     * padding only a relaxing linker can shrink correctly.
     */
    static RelocationRule of(RelocationType type) {
        return RULES.get(type);
    }
}
