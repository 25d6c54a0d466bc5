package strata.compiler.ast;

/** ASDL {@code operator}: the binary operators, also used by augmented assignment. */
public enum Operator {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
}
