package strata.compiler.symtable;

import strata.compiler.ast.Span;

/**
 * An error CPython raises after parsing, while building symbol tables or compiling ('return'
 * outside function, "no binding for nonlocal 'x' found", ...): its class ({@code SyntaxError}),
 * the message and the source span it points at (lines from 1, UTF-8 byte columns from 0, as in
 * the AST).
 */
public final class CompileError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String errorClass;
    private final transient Span span;

    public CompileError(String message, Span span) {
        this("SyntaxError", message, span);
    }

    public CompileError(String errorClass, String message, Span span) {
        super(message);
        this.errorClass = errorClass;
        this.span = span;
    }

    /** The Python exception class: SyntaxError. */
    public String errorClass() {
        return errorClass;
    }

    public Span span() {
        return span;
    }
}
