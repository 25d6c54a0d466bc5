package strata.cpu.dev;

import strata.cpu.bus.Device;

/**
 * The Goldfish real-time clock of QEMU's virt board (PLIC source 11): nanoseconds since the Unix
 * epoch in TIME_LOW/TIME_HIGH (reading TIME_LOW latches the high word), settable by writing them,
 * and an alarm that raises the interrupt when the time reaches it, as QEMU's
 * {@code goldfish_rtc.c} does. The time runs on the machine's clock (100 ns per tick), from a start
 * time the machine chooses: fixed under the virtual clock, the host's wall clock under the host
 * clock. Word accesses only, as on QEMU.
 *
 * <p>As on QEMU, an alarm is turned into a point in the machine's time when it is set; setting
 * the RTC's time afterwards does not move it.
 */
public final class GoldfishRtc implements Device, Timed {
    /** QEMU's register window: nine words. */
    public static final int SIZE = 0x24;
    private static final int TIME_LOW = 0x00, TIME_HIGH = 0x04, ALARM_LOW = 0x08, ALARM_HIGH = 0x0c,
            IRQ_ENABLED = 0x10, CLEAR_ALARM = 0x14, ALARM_STATUS = 0x18, CLEAR_INTERRUPT = 0x1c;
    private static final long NANOS_PER_TICK = 1_000_000_000L / Clock.FREQUENCY;

    private final Clock clock;
    private final InterruptLine irq;
    /** Added to the machine's time in nanoseconds to give the RTC's time. */
    private long offsetNanos;
    private long alarm;
    private boolean alarmRunning;
    /** The machine time at which the running alarm goes off. */
    private long alarmAt;
    private boolean irqPending;
    private boolean irqEnabled;
    private int timeHigh;
    /** Called when the guest moves the deadline. */
    private Runnable deadlineMoved = () -> { };

    /** An RTC that reads {@code startNanos} (since the epoch) when {@code clock} reads 0. */
    public GoldfishRtc(Clock clock, InterruptLine irq, long startNanos) {
        this.clock = clock;
        this.irq = irq;
        this.offsetNanos = startNanos;
        reset();
    }

    /** The state after a reset: no alarm, interrupt disabled; the time goes on, as on QEMU. */
    public void reset() {
        alarm = 0;
        alarmRunning = false;
        irqPending = false;
        irqEnabled = false;
        timeHigh = 0;
        update();
    }

    /** The RTC's time in nanoseconds since the epoch. */
    public long nanos() {
        return offsetNanos + clock.mtime() * NANOS_PER_TICK;
    }

    @Override
    public String name() {
        return "rtc";
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
        return switch (offset) {
            case TIME_LOW -> {
                long now = nanos();
                timeHigh = (int) (now >>> 32);
                yield (int) now;
            }
            case TIME_HIGH -> timeHigh;
            case ALARM_LOW -> (int) alarm;
            case ALARM_HIGH -> (int) (alarm >>> 32);
            case IRQ_ENABLED -> irqEnabled ? 1 : 0;
            case ALARM_STATUS -> alarmRunning ? 1 : 0;
            default -> 0;
        };
    }

    @Override
    public void write(int offset, int width, int value) {
        long word = Integer.toUnsignedLong(value);
        switch (offset) {
            case TIME_LOW -> setTime(nanos() & 0xffffffff00000000L | word);
            case TIME_HIGH -> setTime(nanos() & 0xffffffffL | word << 32);
            case ALARM_LOW -> {
                alarm = alarm & 0xffffffff00000000L | word;
                setAlarm();
            }
            case ALARM_HIGH -> alarm = alarm & 0xffffffffL | word << 32;
            case IRQ_ENABLED -> {
                irqEnabled = (value & 1) != 0;
                update();
            }
            case CLEAR_ALARM -> alarmRunning = false;
            case CLEAR_INTERRUPT -> {
                irqPending = false;
                update();
            }
            default -> { }
        }
    }

    @Override
    public long nextDeadline() {
        return alarmRunning ? alarmAt : Long.MAX_VALUE;
    }

    @Override
    public void advanceTo(long mtime) {
        if (alarmRunning && mtime >= alarmAt) {
            ring();
        }
    }

    @Override
    public void onDeadlineChange(Runnable listener) {
        deadlineMoved = listener;
    }

    private void setTime(long nanos) {
        offsetNanos += nanos - nanos();
    }

    /**
     * An alarm already due rings at once. A later one is due at the first tick at or after the
     * machine time it stands for, computed as QEMU arms its timer: at {@code (int64) (alarm -
     * offset)} nanoseconds, so an alarm 2^63 ns or more ahead wraps to the past and rings at once
     * too (QEMU 7.2 shows ALARM_STATUS 0 right after setting one).
     */
    private void setAlarm() {
        if (Long.compareUnsigned(alarm, nanos()) <= 0) {
            ring();
            return;
        }
        long expiry = alarm - offsetNanos;
        if (expiry <= clock.mtime() * NANOS_PER_TICK) {
            ring();
            return;
        }
        alarmAt = expiry / NANOS_PER_TICK + (expiry % NANOS_PER_TICK == 0 ? 0 : 1);
        alarmRunning = true;
        deadlineMoved.run();
    }

    private void ring() {
        alarmRunning = false;
        irqPending = true;
        update();
    }

    private void update() {
        irq.set(irqPending && irqEnabled);
    }
}
