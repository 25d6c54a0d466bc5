package strata.cpu.debug;

import strata.cpu.hart.Privilege;
import strata.cpu.trace.Stats;

/**
 * The machine as it was at one moment, copied so another thread may read it at leisure: the
 * session's state, the pc, the privilege, x0..x31, the machine time and the counters of
 * {@code strata exec --stats} ({@link Stats}, over the wall time the machine has run).
 */
public record Snapshot(DebugSession.State state, int pc, Privilege privilege, int[] registers, long mtime,
                       Stats stats) {
    public Snapshot {
        registers = registers.clone();
    }

    @Override
    public int[] registers() {
        return registers.clone();
    }
}
