package strata.compiler.ast;

/** A node that carries the ASDL {@code attributes} (lineno, col_offset, end_lineno, end_col_offset). */
public sealed interface Located extends Node permits Stmt, Expr, Pattern, ExceptHandler, Arg, Keyword, Alias {

    Span span();
}
