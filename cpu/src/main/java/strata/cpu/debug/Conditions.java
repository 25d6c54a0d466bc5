package strata.cpu.debug;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import strata.cpu.hart.TrapCause;

/**
 * Everything that stops a running machine besides its goal: breakpoints, watchpoints, the trap
 * causes to break on and whether to break on a change of privilege. Immutable: the session
 * replaces it whole, so the emulator thread reads a consistent set at every burst.
 */
record Conditions(List<Breakpoint> breakpoints, List<Watchpoint> watchpoints, Set<TrapCause> traps,
                  boolean privilegeChanges) {
    static final Conditions NONE = new Conditions(List.of(), List.of(), Set.of(), false);

    Conditions {
        breakpoints = List.copyOf(breakpoints);
        watchpoints = List.copyOf(watchpoints);
        traps = traps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traps));
    }

    /**
     * True if these conditions need the hart to run one instruction at a time: watchpoints and
     * breaks on traps or privilege changes are checked between instructions; breakpoints alone
     * are compiled into the decoded instructions and cost nothing.
     */
    boolean needStepping() {
        return !watchpoints.isEmpty() || !traps.isEmpty() || privilegeChanges;
    }

    /** The breakpoint at {@code pc}, or null. */
    Breakpoint breakpointAt(int pc) {
        for (Breakpoint breakpoint : breakpoints) {
            if (breakpoint.address() == pc) {
                return breakpoint;
            }
        }
        return null;
    }

    Conditions withBreakpoint(Breakpoint breakpoint) {
        List<Breakpoint> more = new ArrayList<>(breakpoints);
        more.add(breakpoint);
        return new Conditions(more, watchpoints, traps, privilegeChanges);
    }

    Conditions withWatchpoint(Watchpoint watchpoint) {
        List<Watchpoint> more = new ArrayList<>(watchpoints);
        more.add(watchpoint);
        return new Conditions(breakpoints, more, traps, privilegeChanges);
    }

    /** These conditions without breakpoint or watchpoint {@code number}. */
    Conditions without(int number) {
        List<Breakpoint> keptBreakpoints = new ArrayList<>(breakpoints);
        keptBreakpoints.removeIf(breakpoint -> breakpoint.number() == number);
        List<Watchpoint> keptWatchpoints = new ArrayList<>(watchpoints);
        keptWatchpoints.removeIf(watchpoint -> watchpoint.number() == number);
        return new Conditions(keptBreakpoints, keptWatchpoints, traps, privilegeChanges);
    }

    Conditions withTraps(Set<TrapCause> causes) {
        return new Conditions(breakpoints, watchpoints, causes, privilegeChanges);
    }

    Conditions withPrivilegeChanges(boolean on) {
        return new Conditions(breakpoints, watchpoints, traps, on);
    }
}
