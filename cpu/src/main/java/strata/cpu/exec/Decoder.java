package strata.cpu.exec;

import java.util.EnumMap;
import java.util.Map;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.Extension;
import strata.assembler.isa.Opcode;
import strata.cpu.hart.Hart;

/**
 * Turns an instruction word into a decoded slot: the row comes from the toolchain's
 * {@link Opcode#decode}, the fields from its {@link Encoding} extractors, so no encoding is
 * written here. A slot is one long, two ints:
 *
 * <pre>
 *   low half, packed:  bits 6:0 operation ({@link Op}), 12:7 rd (x0 becomes {@link Hart#SINK}),
 *                      17:13 rs1 (the zimm of csrr*i), 22:18 rs2
 *   high half, imm:    the immediate of the format, the CSR number, the shift amount,
 *                      or the whole word for an illegal instruction
 * </pre>
 *
 * The F and D rows are in the table but not in this hart (misa has no F or D): they decode as
 * illegal instructions, as does any word matching no row.
 */
final class Decoder {
    private Decoder() {
    }

    static final int RD_SHIFT = 7;
    static final int RS1_SHIFT = 13;
    static final int RS2_SHIFT = 18;

    private static final Map<Opcode, Integer> OPERATIONS = operations();

    private static Map<Opcode, Integer> operations() {
        Map<Opcode, Integer> ops = new EnumMap<>(Opcode.class);
        ops.put(Opcode.LUI, Op.LUI);
        ops.put(Opcode.AUIPC, Op.AUIPC);
        ops.put(Opcode.JAL, Op.JAL);
        ops.put(Opcode.JALR, Op.JALR);
        ops.put(Opcode.BEQ, Op.BEQ);
        ops.put(Opcode.BNE, Op.BNE);
        ops.put(Opcode.BLT, Op.BLT);
        ops.put(Opcode.BGE, Op.BGE);
        ops.put(Opcode.BLTU, Op.BLTU);
        ops.put(Opcode.BGEU, Op.BGEU);
        ops.put(Opcode.LB, Op.LB);
        ops.put(Opcode.LH, Op.LH);
        ops.put(Opcode.LW, Op.LW);
        ops.put(Opcode.LBU, Op.LBU);
        ops.put(Opcode.LHU, Op.LHU);
        ops.put(Opcode.SB, Op.SB);
        ops.put(Opcode.SH, Op.SH);
        ops.put(Opcode.SW, Op.SW);
        ops.put(Opcode.ADDI, Op.ADDI);
        ops.put(Opcode.SLTI, Op.SLTI);
        ops.put(Opcode.SLTIU, Op.SLTIU);
        ops.put(Opcode.XORI, Op.XORI);
        ops.put(Opcode.ORI, Op.ORI);
        ops.put(Opcode.ANDI, Op.ANDI);
        ops.put(Opcode.SLLI, Op.SLLI);
        ops.put(Opcode.SRLI, Op.SRLI);
        ops.put(Opcode.SRAI, Op.SRAI);
        ops.put(Opcode.ADD, Op.ADD);
        ops.put(Opcode.SUB, Op.SUB);
        ops.put(Opcode.SLL, Op.SLL);
        ops.put(Opcode.SLT, Op.SLT);
        ops.put(Opcode.SLTU, Op.SLTU);
        ops.put(Opcode.XOR, Op.XOR);
        ops.put(Opcode.SRL, Op.SRL);
        ops.put(Opcode.SRA, Op.SRA);
        ops.put(Opcode.OR, Op.OR);
        ops.put(Opcode.AND, Op.AND);
        ops.put(Opcode.FENCE_TSO, Op.FENCE);
        ops.put(Opcode.FENCE, Op.FENCE);
        ops.put(Opcode.FENCE_I, Op.FENCE_I);
        ops.put(Opcode.ECALL, Op.ECALL);
        ops.put(Opcode.EBREAK, Op.EBREAK);
        ops.put(Opcode.CSRRW, Op.CSRRW);
        ops.put(Opcode.CSRRS, Op.CSRRS);
        ops.put(Opcode.CSRRC, Op.CSRRC);
        ops.put(Opcode.CSRRWI, Op.CSRRWI);
        ops.put(Opcode.CSRRSI, Op.CSRRSI);
        ops.put(Opcode.CSRRCI, Op.CSRRCI);
        ops.put(Opcode.MRET, Op.MRET);
        ops.put(Opcode.SRET, Op.SRET);
        ops.put(Opcode.WFI, Op.WFI);
        ops.put(Opcode.SFENCE_VMA, Op.SFENCE_VMA);
        ops.put(Opcode.MUL, Op.MUL);
        ops.put(Opcode.MULH, Op.MULH);
        ops.put(Opcode.MULHSU, Op.MULHSU);
        ops.put(Opcode.MULHU, Op.MULHU);
        ops.put(Opcode.DIV, Op.DIV);
        ops.put(Opcode.DIVU, Op.DIVU);
        ops.put(Opcode.REM, Op.REM);
        ops.put(Opcode.REMU, Op.REMU);
        ops.put(Opcode.LR_W, Op.LR_W);
        ops.put(Opcode.SC_W, Op.SC_W);
        ops.put(Opcode.AMOSWAP_W, Op.AMOSWAP_W);
        ops.put(Opcode.AMOADD_W, Op.AMOADD_W);
        ops.put(Opcode.AMOXOR_W, Op.AMOXOR_W);
        ops.put(Opcode.AMOAND_W, Op.AMOAND_W);
        ops.put(Opcode.AMOOR_W, Op.AMOOR_W);
        ops.put(Opcode.AMOMIN_W, Op.AMOMIN_W);
        ops.put(Opcode.AMOMAX_W, Op.AMOMAX_W);
        ops.put(Opcode.AMOMINU_W, Op.AMOMINU_W);
        ops.put(Opcode.AMOMAXU_W, Op.AMOMAXU_W);
        return ops;
    }

    /** True if the hart implements {@code extension}. */
    static boolean implemented(Extension extension) {
        return extension != Extension.F && extension != Extension.D;
    }

    /** The operation {@code op} decodes to, or {@link Op#ILLEGAL}. */
    static int operation(Opcode op) {
        Integer operation = op == null || !implemented(op.extension()) ? null : OPERATIONS.get(op);
        return operation == null ? Op.ILLEGAL : operation;
    }

    /** The decoded slot of {@code word}: the packed int in the low half, the immediate in the high half. */
    static long decode(int word) {
        Opcode op = Opcode.decode(word);
        int operation = operation(op);
        if (operation == Op.ILLEGAL) {
            return slot(Op.ILLEGAL, word);
        }
        int rd = Encoding.rd(word);
        int packed = operation
                | (rd == 0 ? Hart.SINK : rd) << RD_SHIFT
                | Encoding.rs1(word) << RS1_SHIFT
                | Encoding.rs2(word) << RS2_SHIFT;
        return slot(packed, immediate(op, word));
    }

    private static int immediate(Opcode op, int word) {
        return switch (op.format()) {
            case I, LOAD, JALR -> Encoding.immI(word);
            case STORE -> Encoding.immS(word);
            case BRANCH -> Encoding.immB(word);
            case U -> Encoding.immU(word);
            case JAL -> Encoding.immJ(word);
            case SHIFT -> Encoding.shamt(word);
            case CSR, CSRI -> Encoding.csr(word);
            default -> 0;
        };
    }

    private static long slot(int packed, int imm) {
        return Integer.toUnsignedLong(packed) | (long) imm << 32;
    }

    static int rd(int packed) {
        return (packed >>> RD_SHIFT) & 0x3f;
    }

    static int rs1(int packed) {
        return (packed >>> RS1_SHIFT) & 0x1f;
    }

    static int rs2(int packed) {
        return (packed >>> RS2_SHIFT) & 0x1f;
    }
}
