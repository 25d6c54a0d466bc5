package strata.assembler.diag;

/**
 * One problem found in a user's input, with the place it was found. {@code line} and
 * {@code column} count from 1; 0 means unknown (a linker error has a file but no line).
 * {@code sourceLine} is the text of the offending line, or null.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String sourceLine) {

    public enum Severity {
        ERROR("error"), WARNING("warning");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Diagnostic error(String file, int line, int column, String message, String sourceLine) {
        return new Diagnostic(Severity.ERROR, file, line, column, message, sourceLine);
    }

    /** An error about a whole file, such as a missing symbol at link time. */
    public static Diagnostic error(String file, String message) {
        return new Diagnostic(Severity.ERROR, file, 0, 0, message, null);
    }

    /**
     * The diagnostic as compilers print it: {@code file:line:column: error: message}, then the
     * source line and a caret under the column.
     */
    public String format() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ").append(severity.label()).append(": ").append(message);
        if (sourceLine != null) {
            text.append('\n').append("    ").append(sourceLine.replace('\t', ' '));
            if (column > 0) {
                text.append('\n').append("    ").append(" ".repeat(column - 1)).append('^');
            }
        }
        return text.toString();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
