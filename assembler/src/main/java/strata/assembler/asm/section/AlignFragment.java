package strata.assembler.asm.section;

/**
 * Padding up to the next multiple of {@code 2^power}, skipped entirely if it would take more
 * than {@code maxSkip} bytes (-1: no limit). Data padding repeats the byte {@code fill}; code
 * padding ({@code code} true) is what GNU {@code as} puts in code without relaxation: a zero
 * byte if the padding is odd, a 2-byte c.nop if it is still not a multiple of 4, then 4-byte
 * nops.
 */
public final class AlignFragment extends Fragment {
    /** The RV32I nop, addi x0,x0,0. */
    public static final int NOP = 0x00000013;
    /** The 2-byte c.nop GNU uses for 2 bytes of code padding, even without the C extension. */
    public static final int C_NOP = 0x0001;

    private final int power;
    private final int fill;
    private final int maxSkip;
    private final boolean code;
    private int padding;

    public AlignFragment(SectionState section, int power, int fill, int maxSkip, boolean code) {
        super(section);
        this.power = power;
        this.fill = fill;
        this.maxSkip = maxSkip;
        this.code = code;
    }

    @Override
    public int size() {
        return padding;
    }

    /**
     * GNU writes the odd zero byte and the c.nop of code padding into the frag's fixed part, and
     * repeats the 4-byte nop, or any data fill, in its variable part.
     */
    @Override
    public int fixedSize() {
        return code ? padding % 4 : 0;
    }

    /** Recomputes the padding for the fragment's current address. */
    void place() {
        int alignment = 1 << power;
        int needed = (alignment - (address() & (alignment - 1))) & (alignment - 1);
        padding = maxSkip >= 0 && needed > maxSkip ? 0 : needed;
    }

    /** The padding bytes. */
    public byte[] contents() {
        byte[] bytes = new byte[padding];
        if (!code) {
            java.util.Arrays.fill(bytes, (byte) fill);
            return bytes;
        }
        int at = padding % 2;
        if ((padding - at) % 4 == 2) {
            put(bytes, at, C_NOP, 2);
            at += 2;
        }
        for (; at < padding; at += 4) {
            put(bytes, at, NOP, 4);
        }
        return bytes;
    }

    private static void put(byte[] bytes, int at, int value, int size) {
        for (int i = 0; i < size; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }

    /** True if code padding starts with a lone zero byte, which GNU marks as data. */
    public boolean oddPadding() {
        return code && padding % 2 == 1;
    }
}
