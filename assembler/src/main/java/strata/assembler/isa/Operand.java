package strata.assembler.isa;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * One field of an instruction as it is written in assembly: its name in a {@link Format}
 * template, what kind of value it takes, where its bits go and what range it accepts.
 *
 * <p>Immediates are stored and returned as the value the programmer writes: {@link #IMM20} is
 * the 20-bit number after {@code lui}, {@link #BOFF} and {@link #JOFF} are byte offsets from the
 * instruction's own address.
 */
public enum Operand {
    RD("rd", Kind.X_REGISTER, Encoding::rd, Encoding::withRd, 5, false),
    RS1("rs1", Kind.X_REGISTER, Encoding::rs1, Encoding::withRs1, 5, false),
    RS2("rs2", Kind.X_REGISTER, Encoding::rs2, Encoding::withRs2, 5, false),
    FRD("frd", Kind.F_REGISTER, Encoding::rd, Encoding::withRd, 5, false),
    FRS1("frs1", Kind.F_REGISTER, Encoding::rs1, Encoding::withRs1, 5, false),
    FRS2("frs2", Kind.F_REGISTER, Encoding::rs2, Encoding::withRs2, 5, false),
    FRS3("frs3", Kind.F_REGISTER, Encoding::rs3, Encoding::withRs3, 5, false),
    /** The I-type immediate: addi, loads, jalr. */
    IMM12("imm12", Kind.IMMEDIATE, Encoding::immI, Encoding::withImmI, 12, true),
    /** The S-type immediate: stores. */
    SIMM12("simm12", Kind.IMMEDIATE, Encoding::immS, Encoding::withImmS, 12, true),
    SHAMT("shamt", Kind.IMMEDIATE, Encoding::shamt, Encoding::withShamt, 5, false),
    /** The U-type immediate as written: lui/auipc take bits 31:12 of the value, 0..0xfffff. */
    IMM20("imm20", Kind.IMMEDIATE, insn -> insn >>> 12, Encoding::withImmU, 20, false),
    /** Branch offset, a multiple of 2 within +-4 KiB. */
    BOFF("boff", Kind.PC_OFFSET, Encoding::immB, Encoding::withImmB, 13, true),
    /** Jump offset, a multiple of 2 within +-1 MiB. */
    JOFF("joff", Kind.PC_OFFSET, Encoding::immJ, Encoding::withImmJ, 21, true),
    CSR("csr", Kind.CSR, Encoding::csr, Encoding::withCsr, 12, false),
    ZIMM("zimm", Kind.IMMEDIATE, Encoding::zimm, Encoding::withZimm, 5, false),
    RM("rm", Kind.ROUNDING_MODE, Encoding::funct3, Encoding::withFunct3, 3, false),
    PRED("pred", Kind.FENCE_SET, Encoding::pred, Encoding::withPred, 4, false),
    SUCC("succ", Kind.FENCE_SET, Encoding::succ, Encoding::withSucc, 4, false);

    /** What an operand's value is, which decides how it is parsed and printed. */
    public enum Kind {
        X_REGISTER, F_REGISTER, IMMEDIATE, PC_OFFSET, CSR, ROUNDING_MODE, FENCE_SET
    }

    private final String templateName;
    private final Kind kind;
    private final IntUnaryOperator extract;
    private final IntBinaryOperator insert;
    private final int bits;
    private final boolean signed;

    Operand(String templateName, Kind kind, IntUnaryOperator extract, IntBinaryOperator insert,
            int bits, boolean signed) {
        this.templateName = templateName;
        this.kind = kind;
        this.extract = extract;
        this.insert = insert;
        this.bits = bits;
        this.signed = signed;
    }

    /** The name of the operand in {@link Format} templates, for example {@code rs1}. */
    public String templateName() {
        return templateName;
    }

    public Kind kind() {
        return kind;
    }

    /** Width of the field in bits (13 and 21 for the offsets, whose bit 0 is implied). */
    public int bits() {
        return bits;
    }

    public boolean signed() {
        return signed;
    }

    /** The operand's value in {@code insn}, as the programmer would write it. */
    public int extract(int insn) {
        return extract.applyAsInt(insn);
    }

    /** {@code insn} with this operand's field set to {@code value}; the field must be zero. */
    public int insert(int insn, int value) {
        return insert.applyAsInt(insn, value);
    }

    /** True if {@code value} can be encoded in this field. */
    public boolean accepts(long value) {
        boolean inRange = signed ? Encoding.fitsSigned(value, bits) : Encoding.fitsUnsigned(value, bits);
        boolean aligned = kind != Kind.PC_OFFSET || (value & 1) == 0;
        return inRange && aligned;
    }

    /** The range this field accepts, for error messages ("-2048..2047"). */
    public String range() {
        long min = signed ? -(1L << (bits - 1)) : 0;
        long max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        return min + ".." + max;
    }

    /** The operand named {@code name} in a template, or null. */
    public static Operand byTemplateName(String name) {
        for (Operand operand : values()) {
            if (operand.templateName.equals(name)) {
                return operand;
            }
        }
        return null;
    }
}
