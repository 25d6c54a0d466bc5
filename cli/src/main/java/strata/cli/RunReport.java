package strata.cli;

import java.io.PrintStream;
import strata.cpu.board.Machine;
import strata.cpu.board.Stop;
import strata.cpu.bus.Bus;
import strata.cpu.hart.Hart;
import strata.cpu.hart.TrapCause;

/**
 * What {@code strata exec --stats} prints on stderr after a run: instructions and speed, why the
 * machine stopped, traps and interrupts by cause, TLB hits, and each device's register accesses.
 */
final class RunReport {

    private RunReport() {
    }

    static void print(PrintStream out, Machine machine, Stop stop, long nanos) {
        Hart hart = machine.hart();
        long instructions = hart.instret();
        double seconds = nanos / 1e9;
        out.printf("strata exec: %,d instructions in %.3f s: %.1f MIPS%n", instructions, seconds,
                instructions / seconds / 1e6);
        out.printf("  stopped: %s (status %d)%n", stop.describe(), stop.status());
        out.printf("  cycles: %,d (mtime %,d ticks of 100 ns)%n", hart.cycle(), machine.mtime());
        out.printf("  traps: %,d exceptions, %,d interrupts%n", hart.stats().exceptions(), hart.stats().interrupts());
        for (TrapCause cause : TrapCause.values()) {
            long taken = hart.stats().taken(cause);
            if (taken > 0) {
                out.printf("    %-40s %,d%n", cause.spikeName(), taken);
            }
        }
        long lookups = hart.mmu().lookups();
        long misses = hart.mmu().misses();
        out.printf("  TLB: %,d lookups, %,d misses, %.2f%% hits%n", lookups, misses,
                lookups == 0 ? 100.0 : 100.0 * (lookups - misses) / lookups);
        for (Bus.DeviceAccesses device : machine.bus().deviceAccesses()) {
            out.printf("  %-6s at 0x%08x: %,d reads, %,d writes%n", device.name(), device.base(), device.reads(),
                    device.writes());
        }
    }
}
