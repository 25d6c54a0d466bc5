package strata.compiler.ast;

/**
 * Where a node lies in the source: CPython's four position attributes. Lines count from 1;
 * columns are UTF-8 byte offsets from the start of the line, counting from 0, as CPython's parser
 * gives them; the end is exclusive.
 */
public record Span(int lineno, int colOffset, int endLineno, int endColOffset) {

    /** The span from the start of {@code first} to the end of {@code last}. */
    public static Span of(Span first, Span last) {
        return new Span(first.lineno, first.colOffset, last.endLineno, last.endColOffset);
    }
}
