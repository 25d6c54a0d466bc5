package strata.assembler.isa;

/**
 * The bit layouts of RV32 instruction fields: registers, immediates, CSR numbers.
 *
 * <p>Each decoder carries the bit diagram of the specification (unprivileged ISA, chapter 2.3):
 * the immediate bits on the left come from the instruction bits on the right. Every encoder is
 * the exact inverse of its decoder for values in range; range checks belong to the caller, which
 * knows what to say about a bad value. The CPU decoder calls these on its hot path, so they are
 * plain static shifts and masks.
 */
public final class Encoding {
    private Encoding() {
    }

    /** opcode = insn[6:0], the major opcode; bits 1:0 are 11 in every 32-bit instruction. */
    public static int opcode(int insn) {
        return insn & 0x7f;
    }

    /** rd = insn[11:7]. */
    public static int rd(int insn) {
        return (insn >>> 7) & 0x1f;
    }

    /** rs1 = insn[19:15]. */
    public static int rs1(int insn) {
        return (insn >>> 15) & 0x1f;
    }

    /** rs2 = insn[24:20]. */
    public static int rs2(int insn) {
        return (insn >>> 20) & 0x1f;
    }

    /** rs3 = insn[31:27] (fused multiply-add). */
    public static int rs3(int insn) {
        return insn >>> 27;
    }

    /** funct3 = insn[14:12], also the rounding mode of floating-point instructions. */
    public static int funct3(int insn) {
        return (insn >>> 12) & 0x7;
    }

    /** funct7 = insn[31:25]. */
    public static int funct7(int insn) {
        return insn >>> 25;
    }

    /** funct2 = insn[26:25] (the fused multiply-adds' format field, where the A extension has aq and rl). */
    public static int funct2(int insn) {
        return (insn >>> 25) & 0x3;
    }

    /** imm[11:0] = insn[31:20], sign-extended. */
    public static int immI(int insn) {
        return insn >> 20;
    }

    /** imm[11:5|4:0] = insn[31:25|11:7], sign-extended. */
    public static int immS(int insn) {
        return ((insn >> 25) << 5) | ((insn >>> 7) & 0x1f);
    }

    /** imm[12|10:5|4:1|11] = insn[31|30:25|11:8|7], sign-extended, bit 0 zero. */
    public static int immB(int insn) {
        return ((insn >> 31) << 12)
                | (((insn >>> 7) & 0x1) << 11)
                | (((insn >>> 25) & 0x3f) << 5)
                | (((insn >>> 8) & 0xf) << 1);
    }

    /** imm[31:12] = insn[31:12], low 12 bits zero. */
    public static int immU(int insn) {
        return insn & 0xfffff000;
    }

    /** imm[20|10:1|11|19:12] = insn[31|30:21|20|19:12], sign-extended, bit 0 zero. */
    public static int immJ(int insn) {
        return ((insn >> 31) << 20)
                | (((insn >>> 12) & 0xff) << 12)
                | (((insn >>> 20) & 0x1) << 11)
                | (((insn >>> 21) & 0x3ff) << 1);
    }

    /** shamt[4:0] = insn[24:20]. */
    public static int shamt(int insn) {
        return (insn >>> 20) & 0x1f;
    }

    /** csr[11:0] = insn[31:20], unsigned. */
    public static int csr(int insn) {
        return insn >>> 20;
    }

    /** uimm[4:0] = insn[19:15] (the zimm of csrr*i). */
    public static int zimm(int insn) {
        return (insn >>> 15) & 0x1f;
    }

    /** pred[3:0] = insn[27:24] (fence). */
    public static int pred(int insn) {
        return (insn >>> 24) & 0xf;
    }

    /** succ[3:0] = insn[23:20] (fence). */
    public static int succ(int insn) {
        return (insn >>> 20) & 0xf;
    }

    /** aq = insn[26], rl = insn[25]: the ordering bits of LR, SC and AMOs, as aq&lt;&lt;1 | rl. */
    public static int aqrl(int insn) {
        return (insn >>> 25) & 0x3;
    }

    public static int withOpcode(int insn, int opcode) {
        return insn | (opcode & 0x7f);
    }

    public static int withRd(int insn, int rd) {
        return insn | (rd & 0x1f) << 7;
    }

    public static int withRs1(int insn, int rs1) {
        return insn | (rs1 & 0x1f) << 15;
    }

    public static int withRs2(int insn, int rs2) {
        return insn | (rs2 & 0x1f) << 20;
    }

    public static int withRs3(int insn, int rs3) {
        return insn | (rs3 & 0x1f) << 27;
    }

    public static int withFunct3(int insn, int funct3) {
        return insn | (funct3 & 0x7) << 12;
    }

    public static int withFunct7(int insn, int funct7) {
        return insn | (funct7 & 0x7f) << 25;
    }

    public static int withFunct2(int insn, int funct2) {
        return insn | (funct2 & 0x3) << 25;
    }

    /** insn[31:20] = imm[11:0]. */
    public static int withImmI(int insn, int imm) {
        return insn | (imm & 0xfff) << 20;
    }

    /** insn[31:25|11:7] = imm[11:5|4:0]. */
    public static int withImmS(int insn, int imm) {
        return insn | ((imm >>> 5) & 0x7f) << 25 | (imm & 0x1f) << 7;
    }

    /** insn[31|30:25|11:8|7] = imm[12|10:5|4:1|11]. */
    public static int withImmB(int insn, int imm) {
        return insn
                | ((imm >>> 12) & 0x1) << 31
                | ((imm >>> 5) & 0x3f) << 25
                | ((imm >>> 1) & 0xf) << 8
                | ((imm >>> 11) & 0x1) << 7;
    }

    /** insn[31:12] = imm[31:12]; the argument is the 20-bit value as written after lui/auipc. */
    public static int withImmU(int insn, int imm20) {
        return insn | (imm20 & 0xfffff) << 12;
    }

    /** insn[31|30:21|20|19:12] = imm[20|10:1|11|19:12]. */
    public static int withImmJ(int insn, int imm) {
        return insn
                | ((imm >>> 20) & 0x1) << 31
                | ((imm >>> 1) & 0x3ff) << 21
                | ((imm >>> 11) & 0x1) << 20
                | ((imm >>> 12) & 0xff) << 12;
    }

    public static int withShamt(int insn, int shamt) {
        return insn | (shamt & 0x1f) << 20;
    }

    public static int withCsr(int insn, int csr) {
        return insn | (csr & 0xfff) << 20;
    }

    public static int withZimm(int insn, int zimm) {
        return insn | (zimm & 0x1f) << 15;
    }

    public static int withPred(int insn, int pred) {
        return insn | (pred & 0xf) << 24;
    }

    public static int withSucc(int insn, int succ) {
        return insn | (succ & 0xf) << 20;
    }

    public static int withAqrl(int insn, int aqrl) {
        return insn | (aqrl & 0x3) << 25;
    }

    /**
     * The %hi part of {@code value}: bits 31:12 rounded up when bit 11 is set, so that adding the
     * sign-extended {@link #lo12} part gives the value back (lui/auipc then addi or a load).
     */
    public static int hi20(long value) {
        return (int) ((value + 0x800) >>> 12) & 0xfffff;
    }

    /** The %lo part of {@code value}: its low 12 bits, sign-extended. */
    public static int lo12(long value) {
        return (int) (((value & 0xfff) ^ 0x800) - 0x800);
    }

    /** True if {@code value} fits a signed field of {@code bits} bits. */
    public static boolean fitsSigned(long value, int bits) {
        long min = -(1L << (bits - 1));
        long max = (1L << (bits - 1)) - 1;
        return value >= min && value <= max;
    }

    /** True if {@code value} fits an unsigned field of {@code bits} bits. */
    public static boolean fitsUnsigned(long value, int bits) {
        return value >= 0 && value < (1L << bits);
    }
}
