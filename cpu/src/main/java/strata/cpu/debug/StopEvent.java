package strata.cpu.debug;

import strata.cpu.board.Stop;
import strata.cpu.hart.Privilege;
import strata.cpu.hart.TrapCause;
import strata.cpu.hart.Traps;

/**
 * Why the machine stopped, with the pc it stopped at (the next instruction to execute). The
 * session hands one to its listeners at every stop.
 */
public sealed interface StopEvent {
    /** The pc of the next instruction the hart would execute. */
    int pc();

    /** A line for a person. */
    String describe();

    /** Breakpoint {@code number} at {@code pc}: the instruction there has not run yet. */
    record BreakpointHit(int number, int pc) implements StopEvent {
        @Override
        public String describe() {
            return String.format("breakpoint %d at 0x%08x", number, pc);
        }
    }

    /**
     * The instruction before {@code pc} touched a watched location: {@code width} bytes at
     * {@code address} (in the watchpoint's space), which held {@code oldValue} and now hold
     * {@code newValue} (equal for a read).
     */
    record WatchpointHit(Watchpoint watchpoint, boolean write, long address, int width, long oldValue,
                         long newValue, int pc) implements StopEvent {
        @Override
        public String describe() {
            String what = write ? String.format("0x%x -> 0x%x", oldValue, newValue) : String.format("read 0x%x", oldValue);
            return String.format("%s: 0x%08x %s, at 0x%08x", watchpoint.describe(), address, what, pc);
        }
    }

    /** The hart took {@code trap} (a cause the session breaks on); {@code pc} is the handler's. */
    record TrapTaken(Traps.Taken trap, int pc) implements StopEvent {
        public TrapCause cause() {
            return trap.cause();
        }

        @Override
        public String describe() {
            return String.format("%s %s at 0x%08x (tval 0x%08x), handler 0x%08x",
                    trap.cause().isInterrupt() ? "interrupt" : "exception", trap.cause().spikeName(), trap.epc(),
                    trap.tval(), pc);
        }
    }

    /** The privilege went from {@code from} to {@code to}; {@code pc} is the first instruction in the new mode. */
    record PrivilegeChanged(Privilege from, Privilege to, int pc) implements StopEvent {
        @Override
        public String describe() {
            return String.format("privilege %c -> %c at 0x%08x", from.letter(), to.letter(), pc);
        }
    }

    /**
     * A step, step over, run to return or run to an address finished. {@code trap} is the trap a
     * step entered (an interrupt taken before the instruction, or the instruction's exception),
     * or null.
     */
    record Done(Control control, int pc, Traps.Taken trap) implements StopEvent {
        @Override
        public String describe() {
            String into = trap == null ? "" : " (entered the handler of " + trap.cause().spikeName() + ")";
            return String.format("%s done at 0x%08x%s", control.text(), pc, into);
        }
    }

    /** Someone asked the machine to pause. */
    record Paused(int pc) implements StopEvent {
        @Override
        public String describe() {
            return String.format("paused at 0x%08x", pc);
        }
    }

    /**
     * The board's run ended: the guest powered off, the instruction limit, a hang, or a quit
     * ({@link Stop} says which, with its exit status).
     */
    record MachineStopped(Stop stop, int pc) implements StopEvent {
        @Override
        public String describe() {
            return stop.describe();
        }
    }

    /** The emulator failed (a bug in Strata): the session ends. */
    record Failed(String message, int pc) implements StopEvent {
        @Override
        public String describe() {
            return "emulator error: " + message;
        }
    }

    /** The controls that end in a {@link Done}. */
    enum Control {
        STEP("step"), STEP_OVER("step over"), FINISH("run to return"), RUN_TO("run to address");

        private final String text;

        Control(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
