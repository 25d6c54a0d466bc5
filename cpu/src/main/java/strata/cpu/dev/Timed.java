package strata.cpu.dev;

/**
 * A device whose state changes with time alone (the CLINT's timer comparator, an RTC alarm). The
 * machine runs the harts without interruption up to the earliest {@link #nextDeadline()}, then
 * calls {@link #advanceTo} on every timed device, so timer interrupts land at the same
 * instruction in every run.
 *
 * <p>The guest moves deadlines while the harts run (it writes mtimecmp); the device then calls
 * the listener the machine gave it, and the machine ends the burst after that instruction to
 * look at the deadlines again.
 */
public interface Timed {

    /** The mtime at which this device next needs {@link #advanceTo}, or {@link Long#MAX_VALUE}. */
    long nextDeadline();

    /** Brings the device up to time {@code mtime}: raises or lowers its interrupt lines. */
    void advanceTo(long mtime);

    /** Whom to tell when {@link #nextDeadline} changes other than through {@link #advanceTo}. */
    void onDeadlineChange(Runnable listener);
}
