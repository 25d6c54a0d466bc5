package strata.compiler.bytecode;

/**
 * One bytecode instruction, a 32-bit little-endian word: the opcode's number in bits 0-7, the
 * argument in bits 8-31. An RV32 interpreter decodes it with {@code lw t0, 0(ip)},
 * {@code andi t1, t0, 0xff} (opcode) and {@code srli t2, t0, 8} (argument); there is no
 * {@code EXTENDED_ARG}.
 *
 * <pre>
 *  31                                 8 7         0
 * +------------------------------------+-----------+
 * |            argument (24)           | opcode (8)|
 * +------------------------------------+-----------+
 * </pre>
 */
public record Instruction(Opcode opcode, int arg) {

    /** The largest argument an instruction holds. */
    public static final int MAX_ARG = (1 << 24) - 1;
    /** Bits the argument is shifted left by in the word. */
    public static final int ARG_SHIFT = 8;
    /** Mask of the opcode in the word. */
    public static final int OPCODE_MASK = 0xff;

    public Instruction {
        if (arg < 0 || arg > MAX_ARG) {
            throw new IllegalArgumentException(opcode + " argument " + arg + " is outside 0.." + MAX_ARG);
        }
        if (opcode.argKind() == ArgKind.NONE && arg != 0) {
            throw new IllegalArgumentException(opcode + " takes no argument, given " + arg);
        }
    }

    /** The instruction's word. */
    public int word() {
        return opcode.number() | arg << ARG_SHIFT;
    }

    /** The instruction a word holds; {@link IllegalArgumentException} if its opcode is none of ours. */
    public static Instruction decode(int word) {
        Opcode opcode = Opcode.byNumber(word & OPCODE_MASK);
        if (opcode == null) {
            throw new IllegalArgumentException("unknown opcode " + (word & OPCODE_MASK));
        }
        return new Instruction(opcode, word >>> ARG_SHIFT);
    }
}
