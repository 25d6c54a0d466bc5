package strata.assembler.isa;

/**
 * The major opcodes of 32-bit instructions, bits 6:0, as the base opcode map of the unprivileged
 * specification lays them out, under the names GNU {@code as} gives them in {@code .insn}
 * ({@code LOAD_FP} for LOAD-FP). Every row of the instruction table starts with one of them;
 * bits 1:0 are always 11, and bits 4:2 are never 111, which would start a longer instruction.
 */
public enum MajorOpcode {
    LOAD(0x03),       // lb lh lw lbu lhu
    LOAD_FP(0x07),    // flw fld
    CUSTOM_0(0x0b),   // free for custom extensions
    MISC_MEM(0x0f),   // fence fence.i
    OP_IMM(0x13),     // addi slti ... srai
    AUIPC(0x17),      // auipc
    OP_IMM_32(0x1b),  // RV64 word immediates
    STORE(0x23),      // sb sh sw
    STORE_FP(0x27),   // fsw fsd
    CUSTOM_1(0x2b),   // free for custom extensions
    AMO(0x2f),        // lr.w sc.w amo*.w
    OP(0x33),         // add ... and, mul ... remu
    LUI(0x37),        // lui
    OP_32(0x3b),      // RV64 word operations
    MADD(0x43),       // fmadd
    MSUB(0x47),       // fmsub
    NMSUB(0x4b),      // fnmsub
    NMADD(0x4f),      // fnmadd
    OP_FP(0x53),      // the other floating-point operations
    OP_V(0x57),       // vector operations
    CUSTOM_2(0x5b),   // free for custom extensions (RV128 aside)
    BRANCH(0x63),     // beq bne blt bge bltu bgeu
    JALR(0x67),       // jalr
    JAL(0x6f),        // jal
    SYSTEM(0x73),     // ecall ebreak, csr*, mret sret wfi sfence.vma
    CUSTOM_3(0x7b);   // free for custom extensions (RV128 aside)

    private final int value;

    MajorOpcode(int value) {
        this.value = value;
    }

    /** The 7 bits of the opcode field. */
    public int value() {
        return value;
    }

    /** The opcode named {@code name}, spelled exactly as here ({@code OP_IMM}), or null. */
    public static MajorOpcode byName(String name) {
        for (MajorOpcode opcode : values()) {
            if (opcode.name().equals(name)) {
                return opcode;
            }
        }
        return null;
    }

    /** True if {@code value} is the opcode of a 32-bit instruction: bits 1:0 are 11 and bits 4:2 are not 111. */
    public static boolean is32Bit(int value) {
        return (value & 0x3) == 0x3 && (value & 0x1c) != 0x1c;
    }
}
