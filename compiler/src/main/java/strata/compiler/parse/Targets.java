package strata.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import strata.compiler.ast.Expr;
import strata.compiler.ast.ExprContext;
import strata.compiler.ast.Value;

/**
 * Turns an expression read in Load context into an assignment or deletion target (Store or Del
 * context), as the grammar's target rules would have read it, and names what cannot be a target
 * the way CPython's messages name it ("cannot assign to function call").
 */
final class Targets {

    private Targets() {
    }

    /** {@code expr} as a Store target, or CPython's "cannot assign to ..." at the first part that is not one. */
    static Expr store(Cursor cursor, Expr expr) {
        return convert(cursor, expr, ExprContext.Store, "assign to");
    }

    static Expr delete(Cursor cursor, Expr expr) {
        return convert(cursor, expr, ExprContext.Del, "delete");
    }

    private static Expr convert(Cursor cursor, Expr expr, ExprContext ctx, String verb) {
        if (expr instanceof Expr.Name e) {
            return new Expr.Name(e.id(), ctx, e.span());
        }
        if (expr instanceof Expr.Attribute e) {
            return new Expr.Attribute(e.value(), e.attr(), ctx, e.span());
        }
        if (expr instanceof Expr.Subscript e) {
            return new Expr.Subscript(e.value(), e.slice(), ctx, e.span());
        }
        if (expr instanceof Expr.Starred e && ctx == ExprContext.Store) {
            return new Expr.Starred(convert(cursor, e.value(), ctx, verb), ctx, e.span());
        }
        if (expr instanceof Expr.Tuple e) {
            return new Expr.Tuple(convertAll(cursor, e.elts(), ctx, verb), ctx, e.span());
        }
        if (expr instanceof Expr.List e) {
            return new Expr.List(convertAll(cursor, e.elts(), ctx, verb), ctx, e.span());
        }
        throw cursor.errorAt(expr, "cannot " + verb + " " + describe(expr));
    }

    private static List<Expr> convertAll(Cursor cursor, List<Expr> elts, ExprContext ctx, String verb) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr elt : elts) {
            out.add(convert(cursor, elt, ctx, verb));
        }
        return out;
    }

    /** True if {@code expr} can be assigned to as it stands. */
    static boolean isTarget(Expr expr) {
        return expr instanceof Expr.Name || expr instanceof Expr.Attribute || expr instanceof Expr.Subscript
                || expr instanceof Expr.Starred s && isTarget(s.value())
                || expr instanceof Expr.Tuple t && t.elts().stream().allMatch(Targets::isTarget)
                || expr instanceof Expr.List l && l.elts().stream().allMatch(Targets::isTarget);
    }

    /** What CPython's {@code _PyPegen_get_expr_name} calls the expression. */
    static String describe(Expr expr) {
        if (expr instanceof Expr.Constant c) {
            Value value = c.value();
            if (value instanceof Value.None || value instanceof Value.Bool) {
                return value.repr();
            }
            return value instanceof Value.Ellipsis ? "ellipsis" : "literal";
        }
        return switch (expr.getClass().getSimpleName()) {
            case "Attribute" -> "attribute";
            case "Subscript" -> "subscript";
            case "Starred" -> "starred";
            case "Name" -> "name";
            case "List" -> "list";
            case "Tuple" -> "tuple";
            case "Lambda" -> "lambda";
            case "Call" -> "function call";
            case "BoolOp", "BinOp", "UnaryOp" -> "expression";
            case "GeneratorExp" -> "generator expression";
            case "Yield", "YieldFrom" -> "yield expression";
            case "Await" -> "await expression";
            case "ListComp" -> "list comprehension";
            case "SetComp" -> "set comprehension";
            case "DictComp" -> "dict comprehension";
            case "Dict" -> "dict literal";
            case "Set" -> "set display";
            case "JoinedStr", "FormattedValue" -> "f-string expression";
            case "Compare" -> "comparison";
            case "IfExp" -> "conditional expression";
            case "NamedExpr" -> "named expression";
            default -> "expression";
        };
    }
}
