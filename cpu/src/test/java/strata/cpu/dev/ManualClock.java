package strata.cpu.dev;

/** A clock for tests that moves only when told to. */
final class ManualClock implements Clock {
    private long now;

    @Override
    public long mtime() {
        return now;
    }

    void set(long mtime) {
        now = mtime;
    }

    void advance(long ticks) {
        now += ticks;
    }
}
