package strata.compiler.ast;

/**
 * ASDL {@code expr}: the expressions. The constructor {@link List} hides {@code java.util.List}
 * in this file, so list fields are spelled in full here.
 */
public sealed interface Expr extends Located {

    record BoolOp(BoolOperator op, java.util.List<Expr> values, Span span) implements Expr {
    }

    /** The walrus, {@code target := value}. */
    record NamedExpr(Expr target, Expr value, Span span) implements Expr {
    }

    record BinOp(Expr left, Operator op, Expr right, Span span) implements Expr {
    }

    record UnaryOp(UnaryOperator op, Expr operand, Span span) implements Expr {
    }

    record Lambda(Arguments args, Expr body, Span span) implements Expr {
    }

    record IfExp(Expr test, Expr body, Expr orelse, Span span) implements Expr {
    }

    /** A null key stands for {@code **value}. */
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, Span span) implements Expr {
    }

    record Set(java.util.List<Expr> elts, Span span) implements Expr {
    }

    record ListComp(Expr elt, java.util.List<Comprehension> generators, Span span) implements Expr {
    }

    record SetComp(Expr elt, java.util.List<Comprehension> generators, Span span) implements Expr {
    }

    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, Span span) implements Expr {
    }

    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, Span span) implements Expr {
    }

    record Await(Expr value, Span span) implements Expr {
    }

    record Yield(Expr value, Span span) implements Expr {
    }

    record YieldFrom(Expr value, Span span) implements Expr {
    }

    /** {@code a < b < c} is one Compare with two ops and two comparators. */
    record Compare(Expr left, java.util.List<CmpOperator> ops, java.util.List<Expr> comparators, Span span)
            implements Expr {
    }

    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, Span span) implements Expr {
    }

    /** One {@code {...}} of an f-string; conversion is -1 (none) or the code of 's', 'r' or 'a'. */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Span span) implements Expr {
    }

    record JoinedStr(java.util.List<Expr> values, Span span) implements Expr {
    }

    /** kind is "u" for a string written with a u prefix, else null. */
    record Constant(Value value, String kind, Span span) implements Expr {
    }

    record Attribute(Expr value, String attr, ExprContext ctx, Span span) implements Expr {
    }

    record Subscript(Expr value, Expr slice, ExprContext ctx, Span span) implements Expr {
    }

    record Starred(Expr value, ExprContext ctx, Span span) implements Expr {
    }

    record Name(String id, ExprContext ctx, Span span) implements Expr {
    }

    record List(java.util.List<Expr> elts, ExprContext ctx, Span span) implements Expr {
    }

    record Tuple(java.util.List<Expr> elts, ExprContext ctx, Span span) implements Expr {
    }

    record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {
    }
}
