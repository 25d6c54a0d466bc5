package strata.cpu.exec;

/**
 * The decoded instructions of one physical page of RAM or ROM. Slots are indexed by halfword so
 * that compressed instructions can join later: the slot of the instruction at byte offset
 * {@code o} (even) is {@code slots[o]} (packed operation and registers) and {@code slots[o + 1]}
 * (immediate); see {@link Decoder}. A packed value of 0 means not decoded yet.
 */
final class CodePage {
    static final int SIZE = 4096;

    /** The physical address of the page. */
    final long physical;
    final int[] slots = new int[SIZE];

    CodePage(long physical) {
        this.physical = physical;
    }
}
