package strata.compiler.ast;

/** ASDL {@code withitem}: {@code context_expr [as optional_vars]}. */
public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {
}
