package strata.compiler.ast;

import java.util.List;

/** ASDL {@code excepthandler}: one {@code except [type [as name]]:} clause. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Span span) implements Located {
}
