package strata.cpu.exec;

/**
 * The decoded instructions of one physical page of RAM or ROM. Slots are indexed by halfword so
 * that compressed instructions can join later: the slot of the instruction at byte offset
 * {@code o} (even) is {@code slots[o / 2]}, the packed operation and registers in its low half
 * and the immediate in its high half (see {@link Decoder}), so one load fetches both. A slot
 * whose low half is 0 is not decoded yet.
 */
final class CodePage {
    static final int SIZE = 4096;

    /** The slot index of the instruction at {@code pc}. */
    static int slot(int pc) {
        return (pc & (SIZE - 2)) >>> 1;
    }

    /** The physical address of the page. */
    final long physical;
    final long[] slots = new long[SIZE / 2];

    CodePage(long physical) {
        this.physical = physical;
    }
}
