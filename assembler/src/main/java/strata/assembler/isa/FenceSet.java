package strata.assembler.isa;

/**
 * The pred and succ operands of {@code fence}: a set of the letters {@code i}, {@code o},
 * {@code r}, {@code w} (device input, device output, memory reads, memory writes), encoded as
 * the bits 8, 4, 2, 1, written in that order.
 */
public final class FenceSet {
    private static final String LETTERS = "iorw";

    private FenceSet() {
    }

    /** The 4-bit encoding of {@code text}, or -1 if it is not a set of i, o, r, w in order. */
    public static int parse(String text) {
        if (text.equals("0")) {
            return 0;
        }
        int bits = 0;
        int next = 0;
        for (char c : text.toCharArray()) {
            int at = LETTERS.indexOf(c, next);
            if (at < 0) {
                return -1;
            }
            bits |= 8 >> at;
            next = at + 1;
        }
        return text.isEmpty() ? -1 : bits;
    }

    /**
     * The letters for {@code bits}, as objdump prints them, and {@code 0} for the empty set, which
     * GNU as also accepts and binutils 2.40 prints as {@code unknown} (see docs/objdump.md).
     */
    public static String format(int bits) {
        if (bits == 0) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            if ((bits & (8 >> i)) != 0) {
                text.append(LETTERS.charAt(i));
            }
        }
        return text.toString();
    }
}
