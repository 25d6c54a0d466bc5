package strata.cli.tui;

import java.util.List;
import strata.cpu.debug.PageWalk;
import strata.cpu.debug.TlbEntry;

/**
 * The machine as the UI drives it: the debugger session's controls and inspection, in the
 * words the panes and commands use. The session runs the machine on its own thread; these
 * calls come from the UI thread and return at once (a control starts or stops the run, it
 * does not wait for it). Inspection ({@link #read}, {@link #walk}, {@link #tlb}) answers for
 * the machine as of the last stop; the UI asks only while the machine is stopped.
 */
interface Target {

    /** The state to draw now. */
    Snapshot snapshot();

    /** Runs until a breakpoint, a watchpoint, a caught event, a pause or the end. */
    void resume();

    /** Stops a run at the next instruction boundary. */
    void pause();

    /** Executes one instruction. */
    void step();

    /** Executes one instruction, or the whole call when it is one ({@code jal}/{@code jalr} that links). */
    void stepOver();

    /** Runs until the current function returns. */
    void finish();

    /** Runs until the pc reaches {@code address} (or another stop comes first). */
    void runUntil(int address);

    /** A breakpoint at {@code address}; its number. */
    int breakAt(int address);

    /** A watchpoint on writes to {@code address} (virtual, or physical if {@code physical}); its number. */
    int watch(long address, boolean physical);

    /** Deletes breakpoint or watchpoint {@code number}; false if there is none. */
    boolean delete(int number);

    /** The breakpoints and watchpoints, by number. */
    List<Point> points();

    /** Stops when a trap (exception or interrupt) is taken, or no longer. */
    void catchTraps(boolean on);

    /** Stops when the privilege mode changes, or no longer. */
    void catchPrivilege(boolean on);

    /**
     * {@code length} bytes from {@code address}, virtual (as the hart's loads see it now) or
     * physical; an element is -1 where nothing can be read. No side effect on the machine.
     */
    int[] read(long address, int length, boolean physical);

    /** The page-table walk of {@code va} under the current satp, without touching A/D bits. */
    PageWalk walk(int va);

    /** The TLB entries the hart uses in its current mode. */
    List<TlbEntry> tlb();

    /** A byte typed at the guest's console. */
    void type(int value);

    /** Ends the session; the emulator thread stops. */
    void quit();

    /** Breakpoint or watchpoint {@code number}: a watchpoint watches writes, at a virtual or physical address. */
    record Point(int number, boolean watch, long address, boolean physical) {
        /** A line for {@code info breakpoints}. */
        String describe() {
            return String.format("%-3d %s 0x%08x%s", number, watch ? "watchpoint" : "breakpoint", address,
                    physical ? " (physical)" : "");
        }
    }
}
