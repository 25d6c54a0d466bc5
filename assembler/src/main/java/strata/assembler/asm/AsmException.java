package strata.assembler.asm;

/**
 * A problem with the statement being assembled. {@code column} is the 0-based index in the
 * line's text of the offending part, or -1 if the whole statement is at fault. The assembler
 * catches it per statement, records a diagnostic and goes on with the next statement, so one
 * bad line never hides the errors of the lines after it.
 */
public final class AsmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int column;

    public AsmException(int column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
