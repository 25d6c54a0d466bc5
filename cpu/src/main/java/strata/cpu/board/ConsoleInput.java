package strata.cpu.board;

/**
 * Where the bytes typed at the machine's console come from. The machine hands them to the UART
 * one at a time, when the guest is listening (docs/machine.md, "Determinism").
 *
 * <p>A non-interactive input (a file, a pipe) is read in order and waited for: the machine asks
 * for the next byte only at points fixed by the guest's own execution, so a run with the same
 * input bytes is the same run, however fast they arrive. An interactive input (a person at a
 * terminal) is never waited for while the guest has other things to do.
 */
public interface ConsoleInput {
    /** {@link #next} has no byte yet (interactive inputs only). */
    int NONE = -1;
    /** {@link #next}: the input is over. */
    int END = -2;

    /**
     * The next byte (0..255), {@link #END} at the end; an interactive input answers
     * {@link #NONE} at once when nothing was typed, a non-interactive one waits for the byte.
     */
    int next();

    /** A person types this input: the machine does not wait for it, and paces idle time. */
    boolean interactive();

    /**
     * Waits up to {@code nanos} for an interactive input to have a byte (or to end, or for the
     * machine to be woken by {@link Machine#requestQuit}); returns at once for others.
     */
    default void await(long nanos) throws InterruptedException {
    }

    /** An input that is already over. */
    ConsoleInput EMPTY = new ConsoleInput() {
        @Override
        public int next() {
            return END;
        }

        @Override
        public boolean interactive() {
            return false;
        }
    };
}
