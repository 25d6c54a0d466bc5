package strata.cli.tui;

import java.util.List;
import strata.assembler.isa.Csr;
import strata.cpu.hart.Privilege;
import strata.cpu.trace.Stats;

/**
 * What the UI shows of the machine at one moment, copied so the UI thread can read it while the
 * emulator runs on: the run state and why it last stopped, and, as of the last stop, the pc, the
 * privilege mode, x0..x31 and the main CSRs; the counters are as of the moment of the copy.
 *
 * @param stops how many times the machine has stopped so far: a new number is a new stop
 * @param x x0..x31
 * @param csrs the values of {@link #CSRS}, in that order
 * @param nanos when the copy was made ({@link System#nanoTime}), for the speed between two copies
 */
record Snapshot(boolean running, long stops, String reason, int pc, Privilege privilege, int[] x, int[] csrs,
                Stats stats, long nanos) {

    /** The CSRs the registers pane shows, machine level first, then supervisor level. */
    static final List<Csr> CSRS = List.of(Csr.MSTATUS, Csr.MEPC, Csr.MCAUSE, Csr.MTVAL, Csr.MTVEC, Csr.MIE,
            Csr.MIP, Csr.SATP, Csr.SSTATUS, Csr.SEPC, Csr.SCAUSE, Csr.STVAL, Csr.STVEC);

    /** The value of {@code csr}, one of {@link #CSRS}. */
    int csr(Csr csr) {
        return csrs[CSRS.indexOf(csr)];
    }

    /** Millions of instructions retired per second from {@code earlier} to this copy; 0 if none ran. */
    double mipsSince(Snapshot earlier) {
        long instructions = stats.instructions() - earlier.stats.instructions();
        long elapsed = nanos - earlier.nanos;
        return elapsed <= 0 || instructions <= 0 ? 0 : instructions * 1e3 / elapsed;
    }
}
