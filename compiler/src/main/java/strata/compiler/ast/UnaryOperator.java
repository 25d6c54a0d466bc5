package strata.compiler.ast;

/** ASDL {@code unaryop}. */
public enum UnaryOperator {
    Invert, Not, UAdd, USub
}
