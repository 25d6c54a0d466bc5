package strata.assembler.link;

/**
 * How to link: the address the first segment (code) is placed at, and the entry point, a global
 * symbol or a number. The defaults are those of docs/linker.md: code at the machine's RAM base,
 * entry at {@code _start}.
 */
public record LinkOptions(int base, String entry) {

    /** The RAM base of the machine, where kernels and bare-metal programs live. */
    public static final int DEFAULT_BASE = 0x80000000;
    public static final String DEFAULT_ENTRY = "_start";
    /** Segments start on page boundaries so that each can be mapped with its own permissions. */
    public static final int PAGE_SIZE = 0x1000;

    public static LinkOptions defaults() {
        return new LinkOptions(DEFAULT_BASE, DEFAULT_ENTRY);
    }

    /** {@code text} as an address: decimal, or hexadecimal after 0x, up to 0xffffffff; else null. */
    public static Long address(String text) {
        boolean hex = text.startsWith("0x") || text.startsWith("0X");
        String digits = hex ? text.substring(2) : text;
        int radix = hex ? 16 : 10;
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> Character.digit(c, radix) >= 0)) {
            return null;
        }
        long value = Long.parseLong(digits, radix);
        return value <= 0xffffffffL ? value : null;
    }
}
