package strata.compiler.ast;

/** ASDL {@code boolop}. */
public enum BoolOperator {
    And, Or
}
