package strata.assembler.link;

import strata.assembler.isa.Encoding;

/**
 * The bits a relocation patches: a little-endian data field, or the immediate of an instruction
 * (whose bit layout {@link Encoding} owns). A field that cannot hold every value also knows its
 * range, so the relocator can say how far it reaches.
 */
enum Field {
    BYTE(1),
    HALF(2),
    WORD(4),
    DWORD(8),
    /** The low 6 bits of a byte (DWARF's packed operands); the top 2 bits are kept. */
    LOW6(1) {
        @Override
        void write(byte[] bytes, int at, long value) {
            bytes[at] = (byte) ((bytes[at] & 0xc0) | (value & 0x3f));
        }
    },
    /** B-type: a conditional branch's offset, even, 13 bits signed. */
    BRANCH(4, 13, "a branch", true) {
        @Override
        void write(byte[] bytes, int at, long value) {
            patch(bytes, at, Encoding.withImmB(0, -1), Encoding.withImmB(0, (int) value));
        }
    },
    /** J-type: jal's offset, even, 21 bits signed. */
    JUMP(4, 21, "jal", true) {
        @Override
        void write(byte[] bytes, int at, long value) {
            patch(bytes, at, Encoding.withImmJ(0, -1), Encoding.withImmJ(0, (int) value));
        }
    },
    /** U-type: the high 20 bits, rounded so that the low 12 added as a signed number give the value. */
    UPPER(4) {
        @Override
        void write(byte[] bytes, int at, long value) {
            patch(bytes, at, Encoding.withImmU(0, -1), Encoding.withImmU(0, high20(value)));
        }
    },
    /** I-type: the low 12 bits. */
    LOWER_I(4) {
        @Override
        void write(byte[] bytes, int at, long value) {
            patch(bytes, at, Encoding.withImmI(0, -1), Encoding.withImmI(0, (int) value));
        }
    },
    /** S-type: the low 12 bits, split around rs2. */
    LOWER_S(4) {
        @Override
        void write(byte[] bytes, int at, long value) {
            patch(bytes, at, Encoding.withImmS(0, -1), Encoding.withImmS(0, (int) value));
        }
    },
    /** An auipc and the jalr after it: high 20 bits into the first, low 12 into the second. */
    CALL(8, 0, null, true) {
        @Override
        void write(byte[] bytes, int at, long value) {
            UPPER.write(bytes, at, value);
            LOWER_I.write(bytes, at + 4, value);
        }
    };

    private final int width;
    private final int bits;
    private final String reach;
    private final boolean jump;

    Field(int width) {
        this(width, 0, null, false);
    }

    Field(int width, int bits, String reach, boolean jump) {
        this.width = width;
        this.bits = bits;
        this.reach = reach;
        this.jump = jump;
    }

    /** How many bytes the field spans from the relocated place. */
    int width() {
        return width;
    }

    /** The field's value as an unsigned number (data fields, which ADD and SUB relocations update). */
    long read(byte[] bytes, int at) {
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = value << 8 | (bytes[at + i] & 0xff);
        }
        return value;
    }

    /** Writes {@code value} into the field, truncated to its width. */
    void write(byte[] bytes, int at, long value) {
        for (int i = 0; i < width; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }

    /** True if the field can hold {@code value}: always, except for branch and jump offsets. */
    boolean holds(long value) {
        return bits == 0 || Encoding.fitsSigned(value, bits);
    }

    /** True for the fields of control transfers, whose target must be an instruction boundary. */
    boolean isJump() {
        return jump;
    }

    /** What the field reaches, for an out-of-range message: {@code a branch reaches -4096..4094}. */
    String reach() {
        long limit = 1L << (bits - 1);
        return reach + " reaches " + (-limit) + ".." + (limit - 2);
    }

    /** The 20-bit upper immediate of {@code value}: bits 31:12 after rounding by bit 11. */
    static int high20(long value) {
        return (int) ((value + 0x800) >>> 12) & 0xfffff;
    }

    private static void patch(byte[] bytes, int at, int mask, int immediate) {
        int insn = (int) WORD.read(bytes, at);
        WORD.write(bytes, at, (insn & ~mask) | immediate);
    }
}
