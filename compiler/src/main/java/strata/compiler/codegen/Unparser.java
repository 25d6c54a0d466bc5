package strata.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import strata.compiler.ast.Arg;
import strata.compiler.ast.Arguments;
import strata.compiler.ast.CmpOperator;
import strata.compiler.ast.Comprehension;
import strata.compiler.ast.Expr;
import strata.compiler.ast.Keyword;
import strata.compiler.ast.Operator;
import strata.compiler.ast.Value;

/**
 * An expression back to source text, as CPython 3.11's {@code ast_unparse.c} writes it: what an
 * annotation becomes under {@code from __future__ import annotations}. Parentheses come from the
 * precedence levels, not from the source.
 */
final class Unparser {
    private static final int TUPLE = 0;
    private static final int TEST = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int CMP = 5;
    private static final int BOR = 6;
    private static final int BXOR = 7;
    private static final int BAND = 8;
    private static final int SHIFT = 9;
    private static final int ARITH = 10;
    private static final int TERM = 11;
    private static final int FACTOR = 12;
    private static final int POWER = 13;
    private static final int AWAIT = 14;
    private static final int ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private Unparser() {
    }

    static String unparse(Expr e) {
        Unparser unparser = new Unparser();
        unparser.expr(e, TEST);
        return unparser.out.toString();
    }

    private void open(boolean parenthesize) {
        if (parenthesize) {
            out.append('(');
        }
    }

    private void close(boolean parenthesize) {
        if (parenthesize) {
            out.append(')');
        }
    }

    private void joined(List<Expr> items, int level) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(items.get(i), level);
        }
    }

    private void expr(Expr e, int level) {
        if (e instanceof Expr.BoolOp b) {
            int pr = b.op() == strata.compiler.ast.BoolOperator.And ? AND : OR;
            open(level > pr);
            for (int i = 0; i < b.values().size(); i++) {
                if (i > 0) {
                    out.append(pr == AND ? " and " : " or ");
                }
                expr(b.values().get(i), pr + 1);
            }
            close(level > pr);
        } else if (e instanceof Expr.BinOp b) {
            int pr = precedence(b.op());
            int rassoc = b.op() == Operator.Pow ? 1 : 0;
            open(level > pr);
            expr(b.left(), pr + rassoc);
            out.append(' ').append(ExpressionCompiler.binary(b.op()).symbol()).append(' ');
            expr(b.right(), pr + 1 - rassoc);
            close(level > pr);
        } else if (e instanceof Expr.UnaryOp u) {
            int pr = u.op() == strata.compiler.ast.UnaryOperator.Not ? NOT : FACTOR;
            open(level > pr);
            out.append(switch (u.op()) {
                case Invert -> "~";
                case Not -> "not ";
                case UAdd -> "+";
                case USub -> "-";
            });
            expr(u.operand(), pr);
            close(level > pr);
        } else if (e instanceof Expr.Lambda l) {
            open(level > TEST);
            out.append("lambda");
            String args = arguments(l.args());
            if (!args.isEmpty()) {
                out.append(' ').append(args);
            }
            out.append(": ");
            expr(l.body(), TEST);
            close(level > TEST);
        } else if (e instanceof Expr.IfExp i) {
            open(level > TEST);
            expr(i.body(), TEST + 1);
            out.append(" if ");
            expr(i.test(), TEST + 1);
            out.append(" else ");
            expr(i.orelse(), TEST);
            close(level > TEST);
        } else if (e instanceof Expr.Dict d) {
            out.append('{');
            for (int i = 0; i < d.values().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                if (d.keys().get(i) != null) {
                    expr(d.keys().get(i), TEST);
                    out.append(": ");
                    expr(d.values().get(i), TEST);
                } else {
                    out.append("**");
                    expr(d.values().get(i), BOR);
                }
            }
            out.append('}');
        } else if (e instanceof Expr.Set s) {
            out.append('{');
            joined(s.elts(), TEST);
            out.append('}');
        } else if (e instanceof Expr.ListComp c) {
            comprehension("[", c.elt(), null, c.generators(), "]");
        } else if (e instanceof Expr.SetComp c) {
            comprehension("{", c.elt(), null, c.generators(), "}");
        } else if (e instanceof Expr.DictComp c) {
            comprehension("{", c.key(), c.value(), c.generators(), "}");
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension("(", c.elt(), null, c.generators(), ")");
        } else if (e instanceof Expr.Await a) {
            open(level > AWAIT);
            out.append("await ");
            expr(a.value(), ATOM);
            close(level > AWAIT);
        } else if (e instanceof Expr.Yield y) {
            out.append("(yield");
            if (y.value() != null) {
                out.append(' ');
                expr(y.value(), TEST);
            }
            out.append(')');
        } else if (e instanceof Expr.YieldFrom y) {
            out.append("(yield from ");
            expr(y.value(), TEST);
            out.append(')');
        } else if (e instanceof Expr.Compare c) {
            open(level > CMP);
            expr(c.left(), CMP + 1);
            for (int i = 0; i < c.ops().size(); i++) {
                out.append(' ').append(comparison(c.ops().get(i))).append(' ');
                expr(c.comparators().get(i), CMP + 1);
            }
            close(level > CMP);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.FormattedValue f) {
            out.append('f').append(strata.compiler.code.Constant.str(fstringBody(List.of(f), false)).repr());
        } else if (e instanceof Expr.JoinedStr j) {
            out.append('f').append(strata.compiler.code.Constant.str(fstringBody(j.values(), false)).repr());
        } else if (e instanceof Expr.Constant c) {
            constant(c);
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value(), ATOM);
            boolean integer = a.value() instanceof Expr.Constant c && c.value() instanceof Value.Int;
            out.append(integer ? " ." : ".").append(a.attr());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value(), ATOM);
            out.append('[');
            if (s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                joined(t.elts(), TEST);
                if (t.elts().size() == 1) {
                    out.append(',');
                }
            } else {
                expr(s.slice(), TUPLE);
            }
            out.append(']');
        } else if (e instanceof Expr.Starred s) {
            out.append('*');
            expr(s.value(), BOR);
        } else if (e instanceof Expr.Name n) {
            out.append(n.id());
        } else if (e instanceof Expr.List l) {
            out.append('[');
            joined(l.elts(), TEST);
            out.append(']');
        } else if (e instanceof Expr.Tuple t) {
            if (t.elts().isEmpty()) {
                out.append("()");
                return;
            }
            open(level > TUPLE);
            joined(t.elts(), TEST);
            if (t.elts().size() == 1) {
                out.append(',');
            }
            close(level > TUPLE);
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) {
                expr(s.lower(), TEST);
            }
            out.append(':');
            if (s.upper() != null) {
                expr(s.upper(), TEST);
            }
            if (s.step() != null) {
                out.append(':');
                expr(s.step(), TEST);
            }
        } else if (e instanceof Expr.NamedExpr n) {
            open(level > TUPLE);
            expr(n.target(), ATOM);
            out.append(" := ");
            expr(n.value(), ATOM);
            close(level > TUPLE);
        }
    }

    private static int precedence(Operator op) {
        return switch (op) {
            case Add, Sub -> ARITH;
            case Mult, MatMult, Div, Mod, FloorDiv -> TERM;
            case LShift, RShift -> SHIFT;
            case BitOr -> BOR;
            case BitXor -> BXOR;
            case BitAnd -> BAND;
            case Pow -> POWER;
        };
    }

    private static String comparison(CmpOperator op) {
        return switch (op) {
            case Eq -> "==";
            case NotEq -> "!=";
            case Lt -> "<";
            case LtE -> "<=";
            case Gt -> ">";
            case GtE -> ">=";
            case Is -> "is";
            case IsNot -> "is not";
            case In -> "in";
            case NotIn -> "not in";
        };
    }

    private void constant(Expr.Constant c) {
        Value v = c.value();
        if (v instanceof Value.Ellipsis) {
            out.append("...");
            return;
        }
        if ("u".equals(c.kind())) {
            out.append('u');
        }
        String repr = v.repr();
        if (v instanceof Value.Float || v instanceof Value.Complex) {
            repr = repr.replace("inf", "1e309");
        }
        out.append(repr);
    }

    private void call(Expr.Call c) {
        expr(c.func(), ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
            expr(g, TEST);
            return;
        }
        out.append('(');
        boolean first = true;
        for (Expr arg : c.args()) {
            out.append(first ? "" : ", ");
            first = false;
            expr(arg, TEST);
        }
        for (Keyword keyword : c.keywords()) {
            out.append(first ? "" : ", ");
            first = false;
            out.append(keyword.arg() == null ? "**" : keyword.arg() + "=");
            expr(keyword.value(), TEST);
        }
        out.append(')');
    }

    private void comprehension(String opening, Expr element, Expr value, List<Comprehension> generators,
                               String closing) {
        out.append(opening);
        expr(element, TEST);
        if (value != null) {
            out.append(": ");
            expr(value, TEST);
        }
        for (Comprehension gen : generators) {
            out.append(gen.isAsync() != 0 ? " async for " : " for ");
            expr(gen.target(), TUPLE);
            out.append(" in ");
            expr(gen.iter(), TEST + 1);
            for (Expr condition : gen.ifs()) {
                out.append(" if ");
                expr(condition, TEST + 1);
            }
        }
        out.append(closing);
    }

    /** The text inside an f-string's quotes: literal parts with braces doubled, fields in braces. */
    private static String fstringBody(List<Expr> values, boolean spec) {
        StringBuilder body = new StringBuilder();
        for (Expr value : values) {
            if (value instanceof Expr.Constant c && c.value() instanceof Value.Str s) {
                body.append(spec ? s.value() : s.value().replace("{", "{{").replace("}", "}}"));
            } else if (value instanceof Expr.FormattedValue f) {
                Unparser inner = new Unparser();
                inner.expr(f.value(), TEST + 1);
                String text = inner.out.toString();
                body.append(text.startsWith("{") ? "{ " : "{").append(text);
                if (f.conversion() > 0) {
                    body.append('!').append((char) f.conversion());
                }
                if (f.formatSpec() instanceof Expr.JoinedStr j) {
                    body.append(':').append(fstringBody(j.values(), true));
                }
                body.append('}');
            }
        }
        return body.toString();
    }

    private static String arguments(Arguments a) {
        List<String> parts = new ArrayList<>();
        List<Arg> positional = new ArrayList<>(a.posonlyargs());
        positional.addAll(a.args());
        int firstDefault = positional.size() - a.defaults().size();
        for (int i = 0; i < positional.size(); i++) {
            String part = positional.get(i).arg();
            if (i >= firstDefault) {
                part += "=" + unparse(a.defaults().get(i - firstDefault));
            }
            parts.add(part);
            if (i == a.posonlyargs().size() - 1) {
                parts.add("/");
            }
        }
        if (a.vararg() != null) {
            parts.add("*" + a.vararg().arg());
        } else if (!a.kwonlyargs().isEmpty()) {
            parts.add("*");
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr value = a.kwDefaults().get(i);
            parts.add(a.kwonlyargs().get(i).arg() + (value == null ? "" : "=" + unparse(value)));
        }
        if (a.kwarg() != null) {
            parts.add("**" + a.kwarg().arg());
        }
        return String.join(", ", parts);
    }
}
