package strata.cpu.dev;

/**
 * The machine's time base as devices see it: {@code mtime}, in ticks of the 10 MHz timebase of
 * QEMU's virt board. In the default virtual mode it is derived from retired instructions, so a
 * run is deterministic; in host mode it follows the host's monotonic clock.
 */
@FunctionalInterface
public interface Clock {

    /** Ticks per second: the timebase-frequency the device tree announces. */
    long FREQUENCY = 10_000_000L;

    /** The current time in ticks. */
    long mtime();
}
