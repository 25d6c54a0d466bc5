package strata.compiler.ast;

/**
 * Any node of the Python 3.11 abstract syntax tree. The tree is CPython's {@code Parser/Python.asdl}
 * (a copy is the resource {@code Python.asdl} beside this class) written as Java types:
 * <ul>
 * <li>a sum type with fields is a sealed interface ({@link Mod}, {@link Stmt}, {@link Expr},
 * {@link Pattern}) whose constructors are records nested in it, so code reads {@code Expr.BinOp};</li>
 * <li>a sum type of bare names ({@code expr_context}, {@code boolop}, {@code operator},
 * {@code unaryop}, {@code cmpop}) is an enum, so a Java 17 {@code switch} can take it;</li>
 * <li>a product, or a sum with one constructor ({@code excepthandler}, {@code type_ignore}), is a
 * top-level record.</li>
 * </ul>
 * Record components are the ASDL fields in ASDL order (snake_case becomes camelCase); {@code T*} is a
 * {@code List<T>}, {@code T?} may be null, and a node with ASDL attributes ends with a {@link Span}.
 * A test checks this shape against the ASDL file, field for field.
 */
public sealed interface Node permits Mod, Located, Arguments, WithItem, MatchCase, Comprehension, TypeIgnore {
}
