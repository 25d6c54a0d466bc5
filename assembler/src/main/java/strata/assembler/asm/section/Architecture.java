package strata.assembler.asm.section;

/**
 * The architecture Strata assembles for, as GNU {@code as} spells it for
 * {@code -march=rv32imafd_zicsr_zifencei}: the extensions with their versions, plus the zmmul
 * that M implies. It names the first mapping symbol of each code section and fills the
 * {@code Tag_RISCV_arch} attribute.
 */
public final class Architecture {
    public static final String NAME = "rv32i2p1_m2p0_a2p1_f2p2_d2p2_zicsr2p0_zifencei2p0_zmmul1p0";

    private Architecture() {
    }
}
