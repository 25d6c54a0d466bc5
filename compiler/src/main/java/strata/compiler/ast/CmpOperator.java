package strata.compiler.ast;

/** ASDL {@code cmpop}. */
public enum CmpOperator {
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn
}
