package strata.assembler.isa;

/**
 * The ISA extensions an instruction of the {@link Opcode} table belongs to.
 *
 * <p>{@link #misaBit()} is the bit the extension sets in the {@code misa} CSR, or -1 for the
 * Z-extensions and the privileged instructions, which {@code misa} does not report.
 */
public enum Extension {
    /** RV32I base integer instructions. */
    I('I'),
    /** Integer multiply and divide. */
    M('M'),
    /** Atomic memory operations (LR/SC and AMOs). */
    A('A'),
    /** Single-precision floating point. */
    F('F'),
    /** Double-precision floating point. */
    D('D'),
    /** Control and status register instructions. */
    ZICSR(' '),
    /** Instruction-fetch fence. */
    ZIFENCEI(' '),
    /** Instructions of the privileged architecture (mret, sret, wfi, sfence.vma). */
    PRIVILEGED(' ');

    private final char letter;

    Extension(char letter) {
        this.letter = letter;
    }

    /** The bit of {@code misa} that says this extension is present, or -1. */
    public int misaBit() {
        return letter == ' ' ? -1 : letter - 'A';
    }
}
