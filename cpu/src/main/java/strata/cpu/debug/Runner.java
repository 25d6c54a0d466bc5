package strata.cpu.debug;

import java.util.List;
import java.util.function.LongUnaryOperator;
import strata.assembler.isa.Registers;
import strata.cpu.bus.Bus;
import strata.cpu.debug.StopEvent.Control;
import strata.cpu.exec.Interpreter;
import strata.cpu.hart.Hart;
import strata.cpu.hart.Privilege;
import strata.cpu.hart.TrapCause;
import strata.cpu.hart.Traps;

/**
 * Runs the hart inside the board's run loop ({@link strata.cpu.board.Machine#runUnder}) toward
 * the session's goal, and holds the machine at a stop. It is called after the board advanced its
 * devices, so that is where it waits for the next command: the machine is then at an instruction
 * boundary with every device up to date.
 *
 * <p>Two speeds. With breakpoints only (and the goal's own target), the hart runs its bursts at
 * full speed: breakpoints are compiled into the decoded instructions. Watchpoints and breaks on
 * traps or privilege changes need a look between instructions, so the hart then runs one
 * instruction per call, each probed before and checked after.
 */
final class Runner implements LongUnaryOperator {
    private static final int SP = Registers.x("sp");
    /** How many single steps run between two looks at a pause request. */
    private static final int PAUSE_CHECK = 4096;

    private final DebugSession session;
    private final Hart hart;
    private final Bus bus;
    private final Interpreter interpreter;
    private final WatchProbe probe;
    private Goal goal;
    private StopEvent pending;
    /** True until the goal's first instruction ran: a breakpoint at the pc it started from does not stop it. */
    private boolean leaving;
    /** Instructions run under this runner, for the session's instruction limit. */
    private long executed;

    Runner(DebugSession session, Hart hart, Bus bus) {
        this.session = session;
        this.hart = hart;
        this.bus = bus;
        this.interpreter = hart.interpreter();
        this.probe = new WatchProbe(hart, bus);
    }

    /** Starts running toward {@code first} at the first call, instead of waiting for a command. */
    void begin(Goal first) {
        goal = first;
        leaving = true;
    }

    /** Forgets the goal and any stop not yet reported: the board's run ended. */
    void clear() {
        goal = null;
        pending = null;
    }

    @Override
    public long applyAsLong(long limit) {
        session.publishIfAsked();
        if (pending == null && goal != null && session.takePause()) {
            pending = new StopEvent.Paused(hart.pc());
        }
        if (goal == null || pending != null) {
            StopEvent event = pending;
            pending = null;
            goal = session.park(event);
            leaving = true;
        }
        if (goal instanceof Goal.Kill) {
            goal = null;
            return 0;
        }
        Conditions conditions = session.conditions();
        install(conditions);
        long ran = goal instanceof Goal.Step || conditions.needStepping() ? stepped(limit, conditions)
                : burst(limit, conditions);
        executed += ran;
        return ran;
    }

    long executed() {
        return executed;
    }

    /** Compiles the breakpoints and the goal's target into the decoded instructions. */
    private void install(Conditions conditions) {
        List<Breakpoint> breakpoints = conditions.breakpoints();
        boolean target = goal instanceof Goal.Reach;
        int[] addresses = new int[breakpoints.size() + (target ? 1 : 0)];
        for (int i = 0; i < breakpoints.size(); i++) {
            addresses[i] = breakpoints.get(i).address();
        }
        if (goal instanceof Goal.Reach reach) {
            addresses[breakpoints.size()] = reach.target();
        }
        interpreter.setBreakpoints(addresses);
    }

    /** Full speed up to a breakpoint. */
    private long burst(long limit, Conditions conditions) {
        int start = hart.pc();
        long ran = hart.run(limit);
        if (ran == 0 && leaving && interpreter.stoppedAtBreakpoint() && hart.pc() == start) {
            ran = hart.run(limit);
        }
        if (ran > 0) {
            leaving = false;
        }
        if (interpreter.stoppedAtBreakpoint()) {
            pending = stopBefore(conditions);
        }
        return ran;
    }

    /** One instruction at a time, each checked; stops at the first event. */
    private long stepped(long limit, Conditions conditions) {
        long done = 0;
        while (done < limit && pending == null && !bus.stopRequested()) {
            if (done % PAUSE_CHECK == PAUSE_CHECK - 1 && session.takePause()) {
                pending = new StopEvent.Paused(hart.pc());
                break;
            }
            if (!leaving) {
                pending = stopBefore(conditions);
                if (pending != null) {
                    break;
                }
            }
            Privilege before = hart.privilege();
            TrapCause interrupt = interpreter.takeInterrupt();
            if (interrupt != null) {
                leaving = false;
                pending = afterTrap(conditions, hart.traps().last(), before);
                continue;
            }
            long ran = stepOne(conditions, before);
            if (ran == 0) {
                break;
            }
            done += ran;
        }
        return done;
    }

    /** Runs the instruction at pc and checks what it did; 0 if the hart sleeps in WFI. */
    private long stepOne(Conditions conditions, Privilege before) {
        WatchProbe.Armed armed = conditions.watchpoints().isEmpty() ? null : probe.probe(conditions.watchpoints());
        long exceptions = hart.stats().exceptions();
        int start = hart.pc();
        long ran = hart.run(1);
        if (ran == 0 && interpreter.stoppedAtBreakpoint() && hart.pc() == start) {
            ran = hart.run(1);
        }
        if (ran == 0) {
            return 0;
        }
        leaving = false;
        if (hart.stats().exceptions() != exceptions) {
            pending = afterTrap(conditions, hart.traps().last(), before);
        } else if (armed != null) {
            pending = new StopEvent.WatchpointHit(armed.watchpoint(), armed.write(), armed.address(), armed.width(),
                    armed.oldValue(), probe.valueNow(armed), hart.pc());
        } else if (conditions.privilegeChanges() && hart.privilege() != before) {
            pending = new StopEvent.PrivilegeChanged(before, hart.privilege(), hart.pc());
        } else if (goal instanceof Goal.Step) {
            pending = new StopEvent.Done(Control.STEP, hart.pc(), null);
        }
        return ran;
    }

    /** The stop a trap makes, if any: a break on its cause, a privilege change, or the end of a step. */
    private StopEvent afterTrap(Conditions conditions, Traps.Taken trap, Privilege before) {
        if (conditions.traps().contains(trap.cause())) {
            return new StopEvent.TrapTaken(trap, hart.pc());
        }
        if (conditions.privilegeChanges() && hart.privilege() != before) {
            return new StopEvent.PrivilegeChanged(before, hart.privilege(), hart.pc());
        }
        if (goal instanceof Goal.Step) {
            return new StopEvent.Done(Control.STEP, hart.pc(), trap);
        }
        return null;
    }

    /** The stop before the instruction at pc: a breakpoint there, or the goal's target reached; or null. */
    private StopEvent stopBefore(Conditions conditions) {
        int pc = hart.pc();
        Breakpoint breakpoint = conditions.breakpointAt(pc);
        if (breakpoint != null) {
            return new StopEvent.BreakpointHit(breakpoint.number(), pc);
        }
        if (goal instanceof Goal.Reach reach && reach.reached(pc, hart.x(SP))) {
            return new StopEvent.Done(reach.control(), pc, null);
        }
        return null;
    }
}
