package strata.assembler.isa;

import static strata.assembler.isa.Extension.A;
import static strata.assembler.isa.Extension.D;
import static strata.assembler.isa.Extension.F;
import static strata.assembler.isa.Extension.I;
import static strata.assembler.isa.Extension.M;
import static strata.assembler.isa.Extension.PRIVILEGED;
import static strata.assembler.isa.Extension.ZICSR;
import static strata.assembler.isa.Extension.ZIFENCEI;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The instruction table: every RV32 instruction Strata knows, one row each, and the only place
 * an encoding is written down. The assembler encodes from it, the disassembler and the CPU
 * decoder decode with it.
 *
 * <p>A row gives the operand {@link Format}, the {@code match} bits (the fixed fields: opcode,
 * funct3, funct7, ...), the {@code mask} of the bits that are fixed, and the {@link Extension}.
 * A word {@code w} is an instance of a row when {@code (w & mask) == match}. The mnemonic is the
 * constant's name in lower case with '.' for '_'. Where binutils 2.40 fixes a field that the
 * format would leave free (the rounding mode of the exact conversions fcvt.d.w, fcvt.d.wu and
 * fcvt.d.s), the row fixes it too, so both toolchains agree on canonical encodings.
 */
public enum Opcode {
    // RV32I: upper immediates and jumps
    LUI(Format.U, 0x00000037, 0x0000007f, I),            // rd = imm20 << 12
    AUIPC(Format.U, 0x00000017, 0x0000007f, I),          // rd = pc + (imm20 << 12)
    JAL(Format.JAL, 0x0000006f, 0x0000007f, I),          // rd = pc + 4; pc += joff
    JALR(Format.JALR, 0x00000067, 0x0000707f, I),        // rd = pc + 4; pc = (rs1 + imm12) & ~1
    // RV32I: conditional branches, pc += boff when the condition holds
    BEQ(Format.BRANCH, 0x00000063, 0x0000707f, I),       // rs1 == rs2
    BNE(Format.BRANCH, 0x00001063, 0x0000707f, I),       // rs1 != rs2
    BLT(Format.BRANCH, 0x00004063, 0x0000707f, I),       // rs1 < rs2, signed
    BGE(Format.BRANCH, 0x00005063, 0x0000707f, I),       // rs1 >= rs2, signed
    BLTU(Format.BRANCH, 0x00006063, 0x0000707f, I),      // rs1 < rs2, unsigned
    BGEU(Format.BRANCH, 0x00007063, 0x0000707f, I),      // rs1 >= rs2, unsigned
    // RV32I: loads and stores at rs1 + offset
    LB(Format.LOAD, 0x00000003, 0x0000707f, I),          // rd = sign-extended byte
    LH(Format.LOAD, 0x00001003, 0x0000707f, I),          // rd = sign-extended halfword
    LW(Format.LOAD, 0x00002003, 0x0000707f, I),          // rd = word
    LBU(Format.LOAD, 0x00004003, 0x0000707f, I),         // rd = zero-extended byte
    LHU(Format.LOAD, 0x00005003, 0x0000707f, I),         // rd = zero-extended halfword
    SB(Format.STORE, 0x00000023, 0x0000707f, I),         // byte = rs2[7:0]
    SH(Format.STORE, 0x00001023, 0x0000707f, I),         // halfword = rs2[15:0]
    SW(Format.STORE, 0x00002023, 0x0000707f, I),         // word = rs2
    // RV32I: register-immediate arithmetic
    ADDI(Format.I, 0x00000013, 0x0000707f, I),           // rd = rs1 + imm12
    SLTI(Format.I, 0x00002013, 0x0000707f, I),           // rd = rs1 < imm12, signed
    SLTIU(Format.I, 0x00003013, 0x0000707f, I),          // rd = rs1 < imm12, unsigned
    XORI(Format.I, 0x00004013, 0x0000707f, I),           // rd = rs1 ^ imm12
    ORI(Format.I, 0x00006013, 0x0000707f, I),            // rd = rs1 | imm12
    ANDI(Format.I, 0x00007013, 0x0000707f, I),           // rd = rs1 & imm12
    SLLI(Format.SHIFT, 0x00001013, 0xfe00707f, I),       // rd = rs1 << shamt
    SRLI(Format.SHIFT, 0x00005013, 0xfe00707f, I),       // rd = rs1 >>> shamt
    SRAI(Format.SHIFT, 0x40005013, 0xfe00707f, I),       // rd = rs1 >> shamt
    // RV32I: register-register arithmetic
    ADD(Format.R, 0x00000033, 0xfe00707f, I),            // rd = rs1 + rs2
    SUB(Format.R, 0x40000033, 0xfe00707f, I),            // rd = rs1 - rs2
    SLL(Format.R, 0x00001033, 0xfe00707f, I),            // rd = rs1 << rs2[4:0]
    SLT(Format.R, 0x00002033, 0xfe00707f, I),            // rd = rs1 < rs2, signed
    SLTU(Format.R, 0x00003033, 0xfe00707f, I),           // rd = rs1 < rs2, unsigned
    XOR(Format.R, 0x00004033, 0xfe00707f, I),            // rd = rs1 ^ rs2
    SRL(Format.R, 0x00005033, 0xfe00707f, I),            // rd = rs1 >>> rs2[4:0]
    SRA(Format.R, 0x40005033, 0xfe00707f, I),            // rd = rs1 >> rs2[4:0]
    OR(Format.R, 0x00006033, 0xfe00707f, I),             // rd = rs1 | rs2
    AND(Format.R, 0x00007033, 0xfe00707f, I),            // rd = rs1 & rs2
    // RV32I: ordering and environment
    FENCE_TSO(Format.NONE, 0x8330000f, 0xfff0707f, I),   // total store ordering fence
    FENCE(Format.FENCE, 0x0000000f, 0x0000707f, I),      // order pred accesses before succ accesses
    ECALL(Format.NONE, 0x00000073, 0xffffffff, I),       // environment call trap
    EBREAK(Format.NONE, 0x00100073, 0xffffffff, I),      // breakpoint trap
    // Zifencei
    FENCE_I(Format.NONE, 0x0000100f, 0x0000707f, ZIFENCEI), // instruction fetches see earlier stores
    // Zicsr: rd = old csr, then csr is written, set or cleared with rs1 or zimm
    CSRRW(Format.CSR, 0x00001073, 0x0000707f, ZICSR),
    CSRRS(Format.CSR, 0x00002073, 0x0000707f, ZICSR),
    CSRRC(Format.CSR, 0x00003073, 0x0000707f, ZICSR),
    CSRRWI(Format.CSRI, 0x00005073, 0x0000707f, ZICSR),
    CSRRSI(Format.CSRI, 0x00006073, 0x0000707f, ZICSR),
    CSRRCI(Format.CSRI, 0x00007073, 0x0000707f, ZICSR),
    // Privileged architecture
    MRET(Format.NONE, 0x30200073, 0xffffffff, PRIVILEGED),   // return from an M-mode trap
    SRET(Format.NONE, 0x10200073, 0xffffffff, PRIVILEGED),   // return from an S-mode trap
    WFI(Format.NONE, 0x10500073, 0xffffffff, PRIVILEGED),    // wait for an interrupt
    SFENCE_VMA(Format.SFENCE_VMA, 0x12000073, 0xfe007fff, PRIVILEGED), // flush TLB (address rs1, ASID rs2)
    // M: multiply and divide
    MUL(Format.R, 0x02000033, 0xfe00707f, M),            // rd = (rs1 * rs2)[31:0]
    MULH(Format.R, 0x02001033, 0xfe00707f, M),           // rd = (rs1 * rs2)[63:32], signed x signed
    MULHSU(Format.R, 0x02002033, 0xfe00707f, M),         // rd = (rs1 * rs2)[63:32], signed x unsigned
    MULHU(Format.R, 0x02003033, 0xfe00707f, M),          // rd = (rs1 * rs2)[63:32], unsigned x unsigned
    DIV(Format.R, 0x02004033, 0xfe00707f, M),            // rd = rs1 / rs2, signed
    DIVU(Format.R, 0x02005033, 0xfe00707f, M),           // rd = rs1 / rs2, unsigned
    REM(Format.R, 0x02006033, 0xfe00707f, M),            // rd = rs1 % rs2, signed
    REMU(Format.R, 0x02007033, 0xfe00707f, M),           // rd = rs1 % rs2, unsigned
    // A: load-reserved/store-conditional and atomic read-modify-write of the word at rs1
    LR_W(Format.LR, 0x1000202f, 0xf9f0707f, A),          // rd = mem; reserve
    SC_W(Format.AMO, 0x1800202f, 0xf800707f, A),         // if reserved: mem = rs2, rd = 0; else rd = 1
    AMOSWAP_W(Format.AMO, 0x0800202f, 0xf800707f, A),    // rd = mem; mem = rs2
    AMOADD_W(Format.AMO, 0x0000202f, 0xf800707f, A),     // rd = mem; mem += rs2
    AMOXOR_W(Format.AMO, 0x2000202f, 0xf800707f, A),     // rd = mem; mem ^= rs2
    AMOAND_W(Format.AMO, 0x6000202f, 0xf800707f, A),     // rd = mem; mem &= rs2
    AMOOR_W(Format.AMO, 0x4000202f, 0xf800707f, A),      // rd = mem; mem |= rs2
    AMOMIN_W(Format.AMO, 0x8000202f, 0xf800707f, A),     // rd = mem; mem = min(mem, rs2), signed
    AMOMAX_W(Format.AMO, 0xa000202f, 0xf800707f, A),     // rd = mem; mem = max(mem, rs2), signed
    AMOMINU_W(Format.AMO, 0xc000202f, 0xf800707f, A),    // rd = mem; mem = min(mem, rs2), unsigned
    AMOMAXU_W(Format.AMO, 0xe000202f, 0xf800707f, A),    // rd = mem; mem = max(mem, rs2), unsigned
    // F: single precision
    FLW(Format.F_LOAD, 0x00002007, 0x0000707f, F),       // frd = word at rs1 + imm12
    FSW(Format.F_STORE, 0x00002027, 0x0000707f, F),      // word at rs1 + simm12 = frs2
    FMADD_S(Format.F_R4_RM, 0x00000043, 0x0600007f, F),  // frd = frs1 * frs2 + frs3
    FMSUB_S(Format.F_R4_RM, 0x00000047, 0x0600007f, F),  // frd = frs1 * frs2 - frs3
    FNMSUB_S(Format.F_R4_RM, 0x0000004b, 0x0600007f, F), // frd = -(frs1 * frs2) + frs3
    FNMADD_S(Format.F_R4_RM, 0x0000004f, 0x0600007f, F), // frd = -(frs1 * frs2) - frs3
    FADD_S(Format.F_R_RM, 0x00000053, 0xfe00007f, F),    // frd = frs1 + frs2
    FSUB_S(Format.F_R_RM, 0x08000053, 0xfe00007f, F),    // frd = frs1 - frs2
    FMUL_S(Format.F_R_RM, 0x10000053, 0xfe00007f, F),    // frd = frs1 * frs2
    FDIV_S(Format.F_R_RM, 0x18000053, 0xfe00007f, F),    // frd = frs1 / frs2
    FSQRT_S(Format.F_UNARY_RM, 0x58000053, 0xfff0007f, F), // frd = sqrt(frs1)
    FSGNJ_S(Format.F_R, 0x20000053, 0xfe00707f, F),      // frd = |frs1| with the sign of frs2
    FSGNJN_S(Format.F_R, 0x20001053, 0xfe00707f, F),     // frd = |frs1| with the opposite sign of frs2
    FSGNJX_S(Format.F_R, 0x20002053, 0xfe00707f, F),     // frd = frs1 with sign xor sign of frs2
    FMIN_S(Format.F_R, 0x28000053, 0xfe00707f, F),       // frd = min(frs1, frs2)
    FMAX_S(Format.F_R, 0x28001053, 0xfe00707f, F),       // frd = max(frs1, frs2)
    FCVT_W_S(Format.F_TO_X_RM, 0xc0000053, 0xfff0007f, F),  // rd = (int) frs1
    FCVT_WU_S(Format.F_TO_X_RM, 0xc0100053, 0xfff0007f, F), // rd = (unsigned) frs1
    FMV_X_W(Format.F_TO_X, 0xe0000053, 0xfff0707f, F),   // rd = bits of frs1
    FEQ_S(Format.F_COMPARE, 0xa0002053, 0xfe00707f, F),  // rd = frs1 == frs2
    FLT_S(Format.F_COMPARE, 0xa0001053, 0xfe00707f, F),  // rd = frs1 < frs2
    FLE_S(Format.F_COMPARE, 0xa0000053, 0xfe00707f, F),  // rd = frs1 <= frs2
    FCLASS_S(Format.F_TO_X, 0xe0001053, 0xfff0707f, F),  // rd = class mask of frs1
    FCVT_S_W(Format.X_TO_F_RM, 0xd0000053, 0xfff0007f, F),  // frd = (float) rs1, signed
    FCVT_S_WU(Format.X_TO_F_RM, 0xd0100053, 0xfff0007f, F), // frd = (float) rs1, unsigned
    FMV_W_X(Format.X_TO_F, 0xf0000053, 0xfff0707f, F),   // frd = bits of rs1
    // D: double precision
    FLD(Format.F_LOAD, 0x00003007, 0x0000707f, D),       // frd = doubleword at rs1 + imm12
    FSD(Format.F_STORE, 0x00003027, 0x0000707f, D),      // doubleword at rs1 + simm12 = frs2
    FMADD_D(Format.F_R4_RM, 0x02000043, 0x0600007f, D),  // frd = frs1 * frs2 + frs3
    FMSUB_D(Format.F_R4_RM, 0x02000047, 0x0600007f, D),  // frd = frs1 * frs2 - frs3
    FNMSUB_D(Format.F_R4_RM, 0x0200004b, 0x0600007f, D), // frd = -(frs1 * frs2) + frs3
    FNMADD_D(Format.F_R4_RM, 0x0200004f, 0x0600007f, D), // frd = -(frs1 * frs2) - frs3
    FADD_D(Format.F_R_RM, 0x02000053, 0xfe00007f, D),    // frd = frs1 + frs2
    FSUB_D(Format.F_R_RM, 0x0a000053, 0xfe00007f, D),    // frd = frs1 - frs2
    FMUL_D(Format.F_R_RM, 0x12000053, 0xfe00007f, D),    // frd = frs1 * frs2
    FDIV_D(Format.F_R_RM, 0x1a000053, 0xfe00007f, D),    // frd = frs1 / frs2
    FSQRT_D(Format.F_UNARY_RM, 0x5a000053, 0xfff0007f, D), // frd = sqrt(frs1)
    FSGNJ_D(Format.F_R, 0x22000053, 0xfe00707f, D),      // frd = |frs1| with the sign of frs2
    FSGNJN_D(Format.F_R, 0x22001053, 0xfe00707f, D),     // frd = |frs1| with the opposite sign of frs2
    FSGNJX_D(Format.F_R, 0x22002053, 0xfe00707f, D),     // frd = frs1 with sign xor sign of frs2
    FMIN_D(Format.F_R, 0x2a000053, 0xfe00707f, D),       // frd = min(frs1, frs2)
    FMAX_D(Format.F_R, 0x2a001053, 0xfe00707f, D),       // frd = max(frs1, frs2)
    FCVT_S_D(Format.F_UNARY_RM, 0x40100053, 0xfff0007f, D), // frd = (float) frs1
    FCVT_D_S(Format.F_UNARY, 0x42000053, 0xfff0707f, D),    // frd = (double) frs1, exact
    FEQ_D(Format.F_COMPARE, 0xa2002053, 0xfe00707f, D),  // rd = frs1 == frs2
    FLT_D(Format.F_COMPARE, 0xa2001053, 0xfe00707f, D),  // rd = frs1 < frs2
    FLE_D(Format.F_COMPARE, 0xa2000053, 0xfe00707f, D),  // rd = frs1 <= frs2
    FCLASS_D(Format.F_TO_X, 0xe2001053, 0xfff0707f, D),  // rd = class mask of frs1
    FCVT_W_D(Format.F_TO_X_RM, 0xc2000053, 0xfff0007f, D),  // rd = (int) frs1
    FCVT_WU_D(Format.F_TO_X_RM, 0xc2100053, 0xfff0007f, D), // rd = (unsigned) frs1
    FCVT_D_W(Format.X_TO_F, 0xd2000053, 0xfff0707f, D),     // frd = (double) rs1, signed, exact
    FCVT_D_WU(Format.X_TO_F, 0xd2100053, 0xfff0707f, D);    // frd = (double) rs1, unsigned, exact

    private final Format format;
    private final int match;
    private final int mask;
    private final Extension extension;
    private final String mnemonic;

    Opcode(Format format, int match, int mask, Extension extension) {
        this.format = format;
        this.match = match;
        this.mask = mask;
        this.extension = extension;
        this.mnemonic = name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    public String mnemonic() {
        return mnemonic;
    }

    public Format format() {
        return format;
    }

    /** The fixed bits of the instruction; every operand field is zero. */
    public int match() {
        return match;
    }

    /** Which bits of the word are fixed by this row. */
    public int mask() {
        return mask;
    }

    public Extension extension() {
        return extension;
    }

    /** True if {@code word} is an instance of this row. */
    public boolean matches(int word) {
        return (word & mask) == match;
    }

    private static final Map<String, Opcode> BY_MNEMONIC = new HashMap<>();
    /** Candidate rows per major opcode (bits 6:0), most specific mask first. */
    private static final Opcode[][] BY_MAJOR = new Opcode[128][];

    static {
        List<List<Opcode>> buckets = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            buckets.add(new ArrayList<>());
        }
        for (Opcode op : values()) {
            BY_MNEMONIC.put(op.mnemonic, op);
            buckets.get(op.match & 0x7f).add(op);
        }
        for (int i = 0; i < 128; i++) {
            Opcode[] rows = buckets.get(i).toArray(new Opcode[0]);
            Arrays.sort(rows, Comparator.comparingInt((Opcode op) -> Integer.bitCount(op.mask)).reversed());
            BY_MAJOR[i] = rows;
        }
    }

    /** The row whose mnemonic is {@code mnemonic} (without ordering suffix), or null. */
    public static Opcode byMnemonic(String mnemonic) {
        return BY_MNEMONIC.get(mnemonic);
    }

    /**
     * The row {@code word} is an instance of, or null if it encodes no instruction of the table.
     * Where rows overlap (fence.tso inside fence) the one that fixes more bits wins.
     */
    public static Opcode decode(int word) {
        for (Opcode op : BY_MAJOR[word & 0x7f]) {
            if ((word & op.mask) == op.match) {
                return op;
            }
        }
        return null;
    }
}
