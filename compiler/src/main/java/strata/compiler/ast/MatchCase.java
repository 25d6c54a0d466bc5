package strata.compiler.ast;

import java.util.List;

/** ASDL {@code match_case}: {@code case pattern [if guard]: body}. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) implements Node {
}
