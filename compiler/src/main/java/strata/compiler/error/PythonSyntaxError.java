package strata.compiler.error;

/**
 * A SyntaxError (or IndentationError, TabError) as CPython 3.11 raises it: the message, and where,
 * as the exception's attributes give it: {@code lineno} and {@code offset} (1-based, in characters)
 * and the end of the range ({@code endOffset} 0 when there is none). {@link #print} writes it as
 * CPython prints it when a script fails to compile.
 */
public final class PythonSyntaxError extends RuntimeException {

    private final ErrorKind kind;
    private final String msg;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public PythonSyntaxError(ErrorKind kind, String msg, int lineno, int offset, int endLineno, int endOffset,
            String text) {
        super(kind + ": " + msg + " (line " + lineno + ", offset " + offset + ")", null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public ErrorKind kind() {
        return kind;
    }

    public String msg() {
        return msg;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    /** The source line the error is on, or null when there is none (an error at the end of the file). */
    public String text() {
        return text;
    }

    /** The exception's class and attributes, tab-separated: class, lineno, offset, end_lineno, end_offset, msg. */
    public String summary() {
        return String.join("\t", kind.name(), String.valueOf(lineno), String.valueOf(offset), String.valueOf(endLineno),
                String.valueOf(endOffset), msg);
    }

    /**
     * What {@code python3 FILE} prints on standard error for this error: the file and line, the
     * source line without its indentation, carets under the offending text, and the message.
     */
    public String print(String filename) {
        StringBuilder out = new StringBuilder();
        out.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            String line = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            int start = 0;
            while (start < line.length() && " \t\f".indexOf(line.charAt(start)) >= 0) {
                start++;
            }
            String shown = line.substring(start);
            out.append("    ").append(shown).append('\n');
            int column = Math.min(offset - 1 - start, shown.length());
            if (column >= 0) {
                int end = endLineno == lineno && endOffset > offset ? endOffset - 1 - start : column + 1;
                out.append("    ").append(" ".repeat(column)).append("^".repeat(Math.max(1, end - column)))
                        .append('\n');
            }
        }
        return out.append(kind).append(": ").append(msg).append('\n').toString();
    }
}
