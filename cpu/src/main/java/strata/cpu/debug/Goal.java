package strata.cpu.debug;

import strata.cpu.debug.StopEvent.Control;

/**
 * What a resumed machine runs for, besides the session's {@link Conditions}: forever, one
 * instruction, or until the pc reaches a target (with the stack pointer where it must be).
 */
sealed interface Goal {
    /** Runs until something stops it. */
    record Continue() implements Goal {
    }

    /** Runs exactly one instruction (or enters one interrupt handler). */
    record Step() implements Goal {
    }

    /**
     * Runs until the pc is {@code target} with sp satisfying the control's rule: the same sp for
     * a step over a call, sp at or above (unsigned) {@code sp} for a run to return, any sp for a
     * run to an address.
     */
    record Reach(Control control, int target, int sp) implements Goal {
        boolean reached(int pc, int currentSp) {
            if (pc != target) {
                return false;
            }
            return switch (control) {
                case STEP_OVER -> currentSp == sp;
                case FINISH -> Integer.compareUnsigned(currentSp, sp) >= 0;
                default -> true;
            };
        }
    }

    /** Ends the run: the machine quits. */
    record Kill() implements Goal {
    }
}
