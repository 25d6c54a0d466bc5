package strata.cpu.board;

/**
 * A program the machine cannot load: not an executable ELF for this machine, or parts of it
 * where no memory can take them. The message says what, in words a user can act on; it does not
 * name the file, which the caller knows.
 */
public final class ProgramException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProgramException(String message) {
        super(message);
    }
}
