package strata.cli.tui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import strata.cpu.board.TypedInput;
import strata.cpu.debug.AddressSpace;
import strata.cpu.debug.Breakpoint;
import strata.cpu.debug.DebugSession;
import strata.cpu.debug.PageWalk;
import strata.cpu.debug.StopEvent;
import strata.cpu.debug.TlbEntry;
import strata.cpu.debug.Watchpoint;
import strata.cpu.hart.TrapCause;

/**
 * The {@link Target} the UI drives: the debugger session of {@code strata.cpu.debug}, which runs
 * the machine on its own thread, plus the console's typed input. It adds only what the UI's
 * snapshot needs beyond the session's: a number for each stop, its reason, and the CSRs, which
 * are read (side-effect free) when the machine is stopped and kept while it runs. Only the UI
 * thread resumes the machine, so a machine this thread saw stopped stays stopped while it reads.
 */
final class SessionTarget implements Target {
    private final DebugSession session;
    private final TypedInput typed;
    private StopEvent seen;
    private long stops;
    private int[] csrs = new int[Snapshot.CSRS.size()];

    SessionTarget(DebugSession session, TypedInput typed) {
        this.session = session;
        this.typed = typed;
        this.seen = session.lastEvent();
    }

    @Override
    public Snapshot snapshot() {
        DebugSession.State state = session.state();
        strata.cpu.debug.Snapshot copy = session.snapshot();
        boolean running = state == DebugSession.State.RUNNING || copy.state() == DebugSession.State.RUNNING;
        String reason = "held at the reset vector: F5 runs, F11 steps, ? helps";
        if (!running) {
            StopEvent event = session.lastEvent();
            if (event != seen) {
                seen = event;
                stops++;
            }
            for (int i = 0; i < csrs.length; i++) {
                csrs[i] = session.csr(Snapshot.CSRS.get(i).number());
            }
        }
        if (stops > 0) {
            reason = seen.describe();
        }
        if (state == DebugSession.State.ENDED) {
            reason = "ended: " + reason;
        }
        return new Snapshot(running, stops, reason, copy.pc(), copy.privilege(), copy.registers(), csrs.clone(),
                copy.stats(), System.nanoTime());
    }

    @Override
    public void resume() {
        session.resume();
    }

    @Override
    public void pause() {
        session.pause();
    }

    @Override
    public void step() {
        session.step();
    }

    @Override
    public void stepOver() {
        session.stepOver();
    }

    @Override
    public void finish() {
        session.finish();
    }

    @Override
    public void runUntil(int address) {
        session.runTo(address);
    }

    @Override
    public int breakAt(int address) {
        return session.addBreakpoint(address).number();
    }

    @Override
    public int watch(long address, boolean physical) {
        return session.addWatchpoint(Watchpoint.Kind.WRITE, physical ? AddressSpace.PHYSICAL : AddressSpace.VIRTUAL,
                address, 4).number();
    }

    @Override
    public boolean delete(int number) {
        return session.remove(number);
    }

    @Override
    public List<Point> points() {
        List<Point> points = new ArrayList<>();
        for (Breakpoint breakpoint : session.breakpoints()) {
            points.add(new Point(breakpoint.number(), false, Integer.toUnsignedLong(breakpoint.address()), false));
        }
        for (Watchpoint watchpoint : session.watchpoints()) {
            points.add(new Point(watchpoint.number(), true, watchpoint.address(),
                    watchpoint.space() == AddressSpace.PHYSICAL));
        }
        points.sort(Comparator.comparingInt(Point::number));
        return points;
    }

    @Override
    public void catchTraps(boolean on) {
        Set<TrapCause> causes = EnumSet.noneOf(TrapCause.class);
        if (on) {
            causes.addAll(DebugSession.causes(false));
            causes.addAll(DebugSession.causes(true));
        }
        session.breakOnTraps(causes);
    }

    @Override
    public void catchPrivilege(boolean on) {
        session.breakOnPrivilegeChange(on);
    }

    @Override
    public int[] read(long address, int length, boolean physical) {
        AddressSpace space = physical ? AddressSpace.PHYSICAL : AddressSpace.VIRTUAL;
        int[] values = new int[length];
        byte[] all = session.readMemory(space, address, length);
        for (int i = 0; i < length; i++) {
            byte[] one = all != null ? null : session.readMemory(space, (address + i) & 0xffffffffL, 1);
            values[i] = all != null ? all[i] & 0xff : one == null ? -1 : one[0] & 0xff;
        }
        return values;
    }

    @Override
    public PageWalk walk(int va) {
        return session.walk(va);
    }

    @Override
    public List<TlbEntry> tlb() {
        return session.tlb();
    }

    @Override
    public void type(int value) {
        typed.type(value);
    }

    @Override
    public void quit() {
        session.kill();
    }
}
