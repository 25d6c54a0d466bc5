package strata.compiler.code;

/**
 * One row of a code object's exception table, as in CPython 3.11: an exception raised by an
 * instruction whose index is in {@code [start, end)} is handled at {@code target}, after the
 * value stack is cut back to {@code depth} values; if {@code lasti}, the index of the raising
 * instruction is pushed first (as an int), then the exception. Rows do not overlap and are sorted
 * by {@code start}; an instruction in no row propagates the exception to the caller.
 */
public record ExceptionEntry(int start, int end, int target, int depth, boolean lasti) {
    public ExceptionEntry {
        if (start < 0 || end <= start || target < 0 || depth < 0) {
            throw new IllegalArgumentException("bad exception table entry " + start + ".." + end + " -> " + target
                    + " depth " + depth);
        }
    }
}
