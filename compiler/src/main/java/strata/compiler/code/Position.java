package strata.compiler.code;

/**
 * Where an instruction comes from in the source, as CPython 3.11's {@code co_positions()} gives
 * it: first and last line (1-based) and the UTF-8 byte columns (0-based, end exclusive) of the
 * expression or statement. {@link #NONE} (every field -1) is an instruction with no source, such
 * as the implicit {@code return None} after a body that ends in a {@code return}.
 */
public record Position(int line, int endLine, int column, int endColumn) {
    /** No source location. */
    public static final Position NONE = new Position(-1, -1, -1, -1);
}
