package strata.cpu.board;

/**
 * Why {@link Machine#run} returned, with the exit status {@code strata exec} gives for it
 * (docs/machine.md, "Exit statuses").
 */
public sealed interface Stop {
    /** Status when the instruction limit was reached, as timeout(1) uses for its limit. */
    int LIMIT_STATUS = 124;
    /** Status when the guest sleeps with nothing that could wake it. */
    int HANG_STATUS = 125;

    /** The exit status of {@code strata exec}. */
    int status();

    /** A line for a person: what happened. */
    String describe();

    /**
     * The guest powered the machine off through {@code device} (sifive_test or HTIF), passing or
     * failing with {@code code}. The status is the code's low byte, as QEMU's, except that a
     * failure never gives 0: a code that is a multiple of 256 gives status 1.
     */
    record PowerOff(String device, boolean passed, long code) implements Stop {
        @Override
        public int status() {
            if (passed) {
                return 0;
            }
            int low = (int) (code & 0xff);
            return low == 0 ? 1 : low;
        }

        @Override
        public String describe() {
            return passed ? "the guest passed (" + device + ")" : "the guest failed with code " + code + " (" + device + ")";
        }
    }

    /** {@code limit} instructions ran without the guest powering off. */
    record InstructionLimit(long limit) implements Stop {
        @Override
        public int status() {
            return LIMIT_STATUS;
        }

        @Override
        public String describe() {
            return "the instruction limit (" + limit + ") was reached";
        }
    }

    /**
     * The hart waits in WFI and nothing can wake it: no interrupt it enables is pending, no timer
     * deadline is ahead, and no console input can come.
     */
    record Hang(int pc) implements Stop {
        @Override
        public int status() {
            return HANG_STATUS;
        }

        @Override
        public String describe() {
            return String.format("the guest hangs: the hart waits in WFI at 0x%08x and nothing can wake it", pc);
        }
    }

    /** The person at the console quit (Ctrl-A X); status 0, as QEMU's. */
    record Quit() implements Stop {
        @Override
        public int status() {
            return 0;
        }

        @Override
        public String describe() {
            return "terminated from the console";
        }
    }
}
