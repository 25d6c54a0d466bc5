package strata.compiler.ast;

/** ASDL {@code expr_context}: whether a target expression is read, assigned or deleted. */
public enum ExprContext {
    Load, Store, Del
}
