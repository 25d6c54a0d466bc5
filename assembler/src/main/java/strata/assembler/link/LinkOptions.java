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
}
