package strata.cpu.hart;

/** What a hart counts as it runs: traps taken, by cause. The TLB counts its own hits and misses. */
public final class HartStats {
    private final long[] exceptions = new long[16];
    private final long[] interrupts = new long[16];

    void count(TrapCause cause) {
        (cause.isInterrupt() ? interrupts : exceptions)[cause.code()]++;
    }

    /** How many times the hart took {@code cause}. */
    public long taken(TrapCause cause) {
        return (cause.isInterrupt() ? interrupts : exceptions)[cause.code()];
    }

    /** Exceptions taken, all causes together. */
    public long exceptions() {
        long total = 0;
        for (long count : exceptions) {
            total += count;
        }
        return total;
    }

    /** Interrupts taken, all causes together. */
    public long interrupts() {
        long total = 0;
        for (long count : interrupts) {
            total += count;
        }
        return total;
    }
}
