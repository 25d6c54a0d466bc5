package strata.cpu.hart;

/**
 * The hart's 64-bit counters as the guest sees them: mcycle and minstret, which it may write and
 * freeze (mcountinhibit). The machine counts raw events: {@code steps} is every instruction the
 * hart attempted (a trapping one costs a cycle too, so a trap loop still advances time),
 * {@code idle} the cycles it slept in WFI, {@code exceptions} the attempts that trapped. Cycles
 * are steps plus idle; retired instructions are steps minus exceptions (ECALL and EBREAK, like
 * every other trapping instruction, do not retire).
 *
 * <p>A CSR write takes effect after the writing instruction completes, so the value written is
 * what the next instruction reads: the offset absorbs the writer's own increment.
 */
public final class Counters {
    static final int INHIBIT_CY = 1;
    static final int INHIBIT_IR = 1 << 2;

    long steps;
    long idle;
    long exceptions;
    private long cycleOffset;
    private long instretOffset;
    private int inhibit;
    private long frozenCycle;
    private long frozenInstret;

    /** Adds {@code count} executed instructions (the interpreter counts in a local and reports here). */
    public void addSteps(long count) {
        steps += count;
    }

    /** Cycles since reset: attempted instructions plus cycles asleep. */
    public long cycles() {
        return steps + idle;
    }

    /** Instructions retired since reset. */
    public long retired() {
        return steps - exceptions;
    }

    long mcycle() {
        return (inhibit & INHIBIT_CY) != 0 ? frozenCycle : cycles() + cycleOffset;
    }

    long minstret() {
        return (inhibit & INHIBIT_IR) != 0 ? frozenInstret : retired() + instretOffset;
    }

    void writeMcycle(long value) {
        if ((inhibit & INHIBIT_CY) != 0) {
            frozenCycle = value;
        } else {
            cycleOffset = value - cycles() - 1;
        }
    }

    void writeMinstret(long value) {
        if ((inhibit & INHIBIT_IR) != 0) {
            frozenInstret = value;
        } else {
            instretOffset = value - retired() - 1;
        }
    }

    int inhibit() {
        return inhibit;
    }

    /** Freezes or restarts the counters; the writing instruction itself still counts. */
    void writeInhibit(int value) {
        int next = value & (INHIBIT_CY | INHIBIT_IR);
        long cycle = mcycle() + ((inhibit & INHIBIT_CY) == 0 ? 1 : 0);
        long instret = minstret() + ((inhibit & INHIBIT_IR) == 0 ? 1 : 0);
        inhibit = next;
        frozenCycle = cycle;
        frozenInstret = instret;
        cycleOffset = cycle - cycles() - 1;
        instretOffset = instret - retired() - 1;
    }
}
