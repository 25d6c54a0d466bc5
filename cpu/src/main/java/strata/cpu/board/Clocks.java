package strata.cpu.board;

import java.util.function.LongSupplier;
import strata.cpu.dev.Clock;

/**
 * The machine's two time bases. Virtual time is derived from the hart's cycles (one per
 * instruction, plus the cycles skipped while it sleeps in WFI) at a nominal 100 MHz, ten cycles a
 * tick of the 10 MHz timebase: the same program sees the same times in every run. Host time
 * follows the host's monotonic clock, for interactive use.
 */
public final class Clocks {
    /** Cycles per tick of mtime: a 100 MHz hart against the 10 MHz timebase. */
    public static final long CYCLES_PER_TICK = 10;

    private Clocks() {
    }

    /** mtime from {@code cycles}, a count that only grows. */
    public static Clock virtual(LongSupplier cycles) {
        return () -> cycles.getAsLong() / CYCLES_PER_TICK;
    }

    /** mtime from the host's monotonic clock, 0 now. */
    public static Clock host() {
        long start = System.nanoTime();
        long nanosPerTick = 1_000_000_000L / Clock.FREQUENCY;
        return () -> (System.nanoTime() - start) / nanosPerTick;
    }
}
