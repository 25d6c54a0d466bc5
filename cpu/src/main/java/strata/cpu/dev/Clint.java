package strata.cpu.dev;

import strata.cpu.bus.Device;

/**
 * The core-local interruptor of QEMU's virt board (an ACLINT in SiFive CLINT layout): one
 * {@code msip} word per hart at 0x0 (the software interrupt), one 64-bit {@code mtimecmp} per hart
 * at 0x4000 and the 64-bit {@code mtime} at 0xbff8 (the timer interrupt, at 10 MHz).
 *
 * <p>{@code mtime} is the machine's clock plus an offset that a guest write to {@code mtime}
 * changes, as on QEMU; the harts read the same value through the {@code time} CSR, so the CLINT is
 * the {@link Clock} the harts are given. MTIP is high exactly while {@code mtime >= mtimecmp}
 * (unsigned). {@code mtimecmp} starts at 0, so MTIP is pending at power-on, as on QEMU.
 * {@link #nextDeadline} is in the machine's time, without the offset.
 */
public final class Clint implements Device, Timed, Clock {
    /** The window ends after mtime: 0x200c000 and up is unmapped, as on QEMU. */
    public static final int SIZE = 0xc000;
    private static final int MSIP = 0x0;
    private static final int MTIMECMP = 0x4000;
    private static final int MTIME = 0xbff8;

    private final Clock clock;
    private final InterruptLine[] softwareLines;
    private final InterruptLine[] timerLines;
    private final boolean[] msip;
    private final boolean[] mtip;
    private final long[] mtimecmp;
    /** Added to the machine's clock to give mtime. */
    private long offset;
    /** Called when the guest moves the deadline. */
    private Runnable deadlineMoved = () -> { };

    /**
     * A CLINT for {@code softwareLines.length} harts: hart {@code i}'s MSIP is
     * {@code softwareLines[i]} and its MTIP {@code timerLines[i]}.
     */
    public Clint(Clock clock, InterruptLine[] softwareLines, InterruptLine[] timerLines) {
        if (softwareLines.length != timerLines.length) {
            throw new IllegalArgumentException("one software and one timer line per hart");
        }
        this.clock = clock;
        this.softwareLines = softwareLines.clone();
        this.timerLines = timerLines.clone();
        int harts = softwareLines.length;
        msip = new boolean[harts];
        mtip = new boolean[harts];
        mtimecmp = new long[harts];
        reset();
    }

    /** Power-on state: mtime 0, every mtimecmp 0 (so MTIP pending), no software interrupt. */
    public void reset() {
        offset = -clock.mtime();
        for (int hart = 0; hart < msip.length; hart++) {
            mtimecmp[hart] = 0;
            setSoftware(hart, false);
            mtip[hart] = true;
            timerLines[hart].set(true);
        }
    }

    @Override
    public long mtime() {
        return clock.mtime() + offset;
    }

    @Override
    public String name() {
        return "clint";
    }

    @Override
    public int size() {
        return SIZE;
    }

    /** Only aligned words, as QEMU's ACLINT (4 or 8 bytes, and RV32 has no 8-byte access). */
    @Override
    public boolean accepts(int offset, int width) {
        return width == 4 && (offset & 3) == 0;
    }

    @Override
    public int read(int offset, int width) {
        if (offset < MTIMECMP) {
            int hart = offset >>> 2;
            return hart < msip.length && msip[hart] ? 1 : 0;
        }
        if (offset < MTIMECMP + 8 * mtimecmp.length) {
            long value = mtimecmp[(offset - MTIMECMP) >>> 3];
            return (offset & 4) == 0 ? (int) value : (int) (value >>> 32);
        }
        if (offset == MTIME || offset == MTIME + 4) {
            long now = mtime();
            return offset == MTIME ? (int) now : (int) (now >>> 32);
        }
        return 0;
    }

    @Override
    public void write(int offset, int width, int value) {
        if (offset < MTIMECMP) {
            int hart = offset >>> 2;
            if (hart < msip.length) {
                setSoftware(hart, (value & 1) != 0);
            }
        } else if (offset < MTIMECMP + 8 * mtimecmp.length) {
            int hart = (offset - MTIMECMP) >>> 3;
            mtimecmp[hart] = replaceHalf(mtimecmp[hart], offset & 4, value);
            updateTimer(hart);
            deadlineMoved.run();
        } else if (offset == MTIME || offset == MTIME + 4) {
            this.offset = replaceHalf(mtime(), offset - MTIME, value) - clock.mtime();
            for (int hart = 0; hart < mtip.length; hart++) {
                updateTimer(hart);
            }
            deadlineMoved.run();
        }
    }

    @Override
    public long nextDeadline() {
        long earliest = Long.MAX_VALUE;
        for (int hart = 0; hart < mtimecmp.length; hart++) {
            if (!mtip[hart]) {
                earliest = Math.min(earliest, machineTimeOf(mtimecmp[hart]));
            }
        }
        return earliest;
    }

    @Override
    public void advanceTo(long mtime) {
        for (int hart = 0; hart < mtip.length; hart++) {
            updateTimer(hart);
        }
    }

    @Override
    public void onDeadlineChange(Runnable listener) {
        deadlineMoved = listener;
    }

    /** The machine time at which mtime reaches {@code value}, or MAX_VALUE if never (or past 2^63). */
    private long machineTimeOf(long value) {
        long ticksAway = value - mtime();
        long now = clock.mtime();
        if (ticksAway < 0 || now > Long.MAX_VALUE - ticksAway) {
            return Long.MAX_VALUE;
        }
        return now + ticksAway;
    }

    private void setSoftware(int hart, boolean level) {
        msip[hart] = level;
        softwareLines[hart].set(level);
    }

    private void updateTimer(int hart) {
        boolean level = Long.compareUnsigned(mtimecmp[hart], mtime()) <= 0;
        if (level != mtip[hart]) {
            mtip[hart] = level;
            timerLines[hart].set(level);
        }
    }

    /** {@code whole} with its low ({@code half} 0) or high ({@code half} 4) word replaced by {@code value}. */
    private static long replaceHalf(long whole, int half, int value) {
        long word = Integer.toUnsignedLong(value);
        return half == 0 ? whole & 0xffffffff00000000L | word : whole & 0xffffffffL | word << 32;
    }
}
