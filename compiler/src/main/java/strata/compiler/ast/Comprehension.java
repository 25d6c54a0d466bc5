package strata.compiler.ast;

import java.util.List;

/** ASDL {@code comprehension}: one {@code [async] for target in iter if ...} clause; isAsync is 0 or 1. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync) implements Node {
}
