package strata.cpu.dev;

import java.util.Arrays;
import strata.cpu.bus.Device;

/**
 * The platform-level interrupt controller of QEMU's virt board, as QEMU 7.2's
 * {@code sifive_plic.c} behaves: 96 sources (the device tree's {@code riscv,ndev}) with priorities
 * 0..7 at 4 * source (offset 0 is not a register), a pending bit per source, and per context an
 * enable bit per source, a priority threshold and the claim/complete register. Context 0 drives
 * hart 0's MEIP, context 1 its SEIP.
 *
 * <p>QEMU 7.2 sizes the pending and enable bitfields for 96 sources counted from 0, so they are
 * three words: source 96 has a priority register but can be neither pending nor enabled, and
 * the devices use sources 1..95. A device driving its line high makes the source pending; the
 * line going low does not clear it (QEMU 7.2 latches it until a claim, and a device raising its
 * line again while it is claimed makes it pending again). A claim returns the enabled, pending,
 * unclaimed source of highest priority above the threshold (the lowest number among equals),
 * clears its pending bit and marks it claimed until the guest writes its number back to
 * complete. Registers are words: any other access width is refused, as on QEMU.
 */
public final class Plic implements Device {
    /** Sources 1..96 have a priority ({@code riscv,ndev}); source 0 means "none". */
    public static final int SOURCES = 96;
    public static final int SIZE = 0x600000;
    private static final int PRIORITY_MASK = 7;
    /** The pending and enable bitfields: sources 0..95. */
    private static final int WORDS = SOURCES / 32;
    private static final int PENDING = 0x1000;
    private static final int ENABLE = 0x2000;
    private static final int ENABLE_STRIDE = 0x80;
    private static final int CONTEXT = 0x200000;
    private static final int CONTEXT_STRIDE = 0x1000;
    private static final int CLAIM = 4;

    private final InterruptLine[] contextLines;
    private final boolean[] contextLevels;
    private final int[] priority = new int[SOURCES + 1];
    private final int[] pending = new int[WORDS];
    private final int[] claimed = new int[WORDS];
    private final int[][] enable;
    private final int[] threshold;

    /** A PLIC with one context per line: context {@code i} raises {@code contextLines[i]}. */
    public Plic(InterruptLine... contextLines) {
        this.contextLines = contextLines.clone();
        contextLevels = new boolean[contextLines.length];
        enable = new int[contextLines.length][WORDS];
        threshold = new int[contextLines.length];
    }

    /** Power-on state: everything zero, no interrupt. */
    public void reset() {
        Arrays.fill(priority, 0);
        Arrays.fill(pending, 0);
        Arrays.fill(claimed, 0);
        Arrays.fill(threshold, 0);
        for (int[] words : enable) {
            Arrays.fill(words, 0);
        }
        update();
    }

    /** The wire from interrupt source {@code number} (1..95) into the PLIC. */
    public InterruptLine source(int number) {
        if (number < 1 || number >= WORDS * 32) {
            throw new IllegalArgumentException("PLIC source " + number + " is not in 1.." + (WORDS * 32 - 1));
        }
        return level -> {
            if (level) {
                setBit(pending, number, true);
                update();
            }
        };
    }

    @Override
    public String name() {
        return "plic";
    }

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public boolean accepts(int offset, int width) {
        return width == 4 && (offset & 3) == 0;
    }

    @Override
    public int read(int offset, int width) {
        if (isPriority(offset)) {
            return priority[offset >>> 2];
        }
        if (offset >= PENDING && offset < PENDING + WORDS * 4) {
            return pending[(offset - PENDING) >>> 2];
        }
        int context = contextOf(offset, ENABLE, ENABLE_STRIDE);
        if (context >= 0) {
            int word = (offset - ENABLE) % ENABLE_STRIDE >>> 2;
            return word < WORDS ? enable[context][word] : 0;
        }
        context = contextOf(offset, CONTEXT, CONTEXT_STRIDE);
        if (context >= 0) {
            int register = (offset - CONTEXT) % CONTEXT_STRIDE;
            if (register == 0) {
                return threshold[context];
            }
            if (register == CLAIM) {
                return claim(context);
            }
        }
        return 0;
    }

    @Override
    public void write(int offset, int width, int value) {
        if (isPriority(offset)) {
            priority[offset >>> 2] = value & PRIORITY_MASK;
            update();
            return;
        }
        int context = contextOf(offset, ENABLE, ENABLE_STRIDE);
        if (context >= 0) {
            int word = (offset - ENABLE) % ENABLE_STRIDE >>> 2;
            if (word < WORDS) {
                enable[context][word] = value;
                update();
            }
            return;
        }
        context = contextOf(offset, CONTEXT, CONTEXT_STRIDE);
        if (context >= 0) {
            int register = (offset - CONTEXT) % CONTEXT_STRIDE;
            if (register == 0) {
                threshold[context] = value & PRIORITY_MASK;
                update();
            } else if (register == CLAIM && Integer.compareUnsigned(value, WORDS * 32) < 0) {
                setBit(claimed, value, false);
                update();
            }
        }
    }

    /** The priority registers: sources 1..96 at 4 * source. */
    private static boolean isPriority(int offset) {
        return offset >= 4 && offset <= SOURCES * 4;
    }

    /** The context whose block at {@code base} + context * {@code stride} holds {@code offset}, or -1. */
    private int contextOf(int offset, int base, int stride) {
        if (offset < base || offset >= base + stride * contextLines.length) {
            return -1;
        }
        return (offset - base) / stride;
    }

    private int claim(int context) {
        int source = best(context);
        if (source != 0) {
            setBit(pending, source, false);
            setBit(claimed, source, true);
        }
        update();
        return source;
    }

    /** The source a claim by {@code context} would return now, 0 if none. */
    private int best(int context) {
        int best = 0;
        int bestPriority = threshold[context];
        for (int source = 1; source < WORDS * 32; source++) {
            int word = source >>> 5;
            int bit = 1 << (source & 31);
            boolean ready = (pending[word] & ~claimed[word] & enable[context][word] & bit) != 0;
            if (ready && priority[source] > bestPriority) {
                best = source;
                bestPriority = priority[source];
            }
        }
        return best;
    }

    private void update() {
        for (int context = 0; context < contextLines.length; context++) {
            boolean level = best(context) != 0;
            if (level != contextLevels[context]) {
                contextLevels[context] = level;
                contextLines[context].set(level);
            }
        }
    }

    private static void setBit(int[] words, int index, boolean value) {
        int bit = 1 << (index & 31);
        words[index >>> 5] = value ? words[index >>> 5] | bit : words[index >>> 5] & ~bit;
    }
}
