package strata.cpu.exec;

/**
 * The interpreter's operation numbers: one per instruction of the toolchain's table that the hart
 * implements, with the same name, plus the decoder's own markers. They are small consecutive
 * integers so the interpreter's switch compiles to a jump table. What each instruction does is
 * written once, beside its row in {@link strata.assembler.isa.Opcode}.
 *
 * <p>A decoded slot packs the operation with its register fields (see {@link Decoder}); slot
 * value 0 means "not decoded yet" and {@link #BREAKPOINT} marks a debugger breakpoint.
 */
final class Op {
    private Op() {
    }

    static final int UNDECODED = 0;
    static final int BREAKPOINT = 1;
    /** Not an instruction of this hart; the slot's immediate holds the word, for mtval. */
    static final int ILLEGAL = 2;
    /** A slot of a code page whose bytes are not memory (a ROM that ends inside its last page). */
    static final int FETCH_FAULT = 73;

    static final int LUI = 3;
    static final int AUIPC = 4;
    static final int JAL = 5;
    static final int JALR = 6;
    static final int BEQ = 7;
    static final int BNE = 8;
    static final int BLT = 9;
    static final int BGE = 10;
    static final int BLTU = 11;
    static final int BGEU = 12;
    static final int LB = 13;
    static final int LH = 14;
    static final int LW = 15;
    static final int LBU = 16;
    static final int LHU = 17;
    static final int SB = 18;
    static final int SH = 19;
    static final int SW = 20;
    static final int ADDI = 21;
    static final int SLTI = 22;
    static final int SLTIU = 23;
    static final int XORI = 24;
    static final int ORI = 25;
    static final int ANDI = 26;
    static final int SLLI = 27;
    static final int SRLI = 28;
    static final int SRAI = 29;
    static final int ADD = 30;
    static final int SUB = 31;
    static final int SLL = 32;
    static final int SLT = 33;
    static final int SLTU = 34;
    static final int XOR = 35;
    static final int SRL = 36;
    static final int SRA = 37;
    static final int OR = 38;
    static final int AND = 39;
    static final int FENCE = 40;
    static final int FENCE_I = 41;
    static final int ECALL = 42;
    static final int EBREAK = 43;
    static final int CSRRW = 44;
    static final int CSRRS = 45;
    static final int CSRRC = 46;
    static final int CSRRWI = 47;
    static final int CSRRSI = 48;
    static final int CSRRCI = 49;
    static final int MRET = 50;
    static final int SRET = 51;
    static final int WFI = 52;
    static final int SFENCE_VMA = 53;
    static final int MUL = 54;
    static final int MULH = 55;
    static final int MULHSU = 56;
    static final int MULHU = 57;
    static final int DIV = 58;
    static final int DIVU = 59;
    static final int REM = 60;
    static final int REMU = 61;
    static final int LR_W = 62;
    static final int SC_W = 63;
    static final int AMOSWAP_W = 64;
    static final int AMOADD_W = 65;
    static final int AMOXOR_W = 66;
    static final int AMOAND_W = 67;
    static final int AMOOR_W = 68;
    static final int AMOMIN_W = 69;
    static final int AMOMAX_W = 70;
    static final int AMOMINU_W = 71;
    static final int AMOMAXU_W = 72;

}
