package strata.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import strata.compiler.ast.Arguments;
import strata.compiler.ast.BoolOperator;
import strata.compiler.ast.CmpOperator;
import strata.compiler.ast.Comprehension;
import strata.compiler.ast.Expr;
import strata.compiler.ast.ExprContext;
import strata.compiler.ast.Keyword;
import strata.compiler.ast.Operator;
import strata.compiler.ast.Span;
import strata.compiler.ast.UnaryOperator;
import strata.compiler.ast.Value;
import strata.compiler.error.ErrorKind;
import strata.compiler.error.PythonSyntaxError;
import strata.compiler.token.Source;
import strata.compiler.token.Token;
import strata.compiler.token.TokenKind;

/**
 * The expression rules of CPython 3.11's grammar, from {@code star_expressions} down to
 * {@code atom}, by precedence climbing over the binary operator levels. Each method is named for
 * the grammar rule it stands for.
 */
class ExpressionParser extends Cursor {

    /** The binary operator levels, loosest first: {@code |}, {@code ^}, {@code &}, shifts, sums, terms. */
    private static final String[][] LEVELS = {{"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "//", "%", "@"}};
    private static final Operator[][] OPERATORS = {{Operator.BitOr}, {Operator.BitXor}, {Operator.BitAnd},
        {Operator.LShift, Operator.RShift}, {Operator.Add, Operator.Sub},
        {Operator.Mult, Operator.Div, Operator.FloorDiv, Operator.Mod, Operator.MatMult}};

    final Literals literals;
    /** Off while reading a dict key, where CPython's message for a missing colon comes first. */
    private boolean commaHints = true;
    final Parameters parameters = new Parameters(this);

    ExpressionParser(Source source, List<Token> tokens) {
        super(source, tokens);
        this.literals = new Literals(this);
    }

    /** True if the current token can start an expression (for optional parts and trailing commas). */
    final boolean startsExpression() {
        Token token = peek();
        return switch (token.kind()) {
            case NAME -> !KEYWORDS.contains(token.text()) || switch (token.text()) {
                case "None", "True", "False", "not", "lambda", "await" -> true;
                default -> false;
            };
            case NUMBER, STRING -> true;
            case OP -> switch (token.text()) {
                case "(", "[", "{", "-", "+", "~", "*", "..." -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /** {@code star_expressions}: one expression, or a tuple of them without parentheses. */
    final Expr starExpressions() {
        Token first = peek();
        Expr expr = starExpression();
        if (!at(",")) {
            return expr;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(expr);
        while (accept(",") && startsExpression()) {
            elts.add(starExpression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, from(first));
    }

    final Expr starExpression() {
        if (at("*")) {
            Token star = take();
            return new Expr.Starred(bitwiseOr(), ExprContext.Load, from(star));
        }
        return expression();
    }

    /** {@code star_named_expressions}: the elements of a list, tuple or set display. */
    final List<Expr> starNamedExpressions(String close) {
        List<Expr> elts = new ArrayList<>();
        do {
            if (at(close)) {
                break;
            }
            elts.add(starNamedExpression());
        } while (accept(","));
        return elts;
    }

    final Expr starNamedExpression() {
        if (at("*")) {
            Token star = take();
            return new Expr.Starred(bitwiseOr(), ExprContext.Load, from(star));
        }
        return namedExpression();
    }

    /** {@code named_expression}: {@code NAME := expression}, or an expression. */
    final Expr namedExpression() {
        return namedExpression(false);
    }

    /** In a call, {@code expression = ...} has its own message (CPython's invalid_kwarg). */
    private Expr namedExpression(boolean argument) {
        if (atName() && peek(1).is(":=")) {
            Token name = take();
            take();
            Expr value = expression();
            return new Expr.NamedExpr(new Expr.Name(name.text(), ExprContext.Store, span(name)), value, from(name));
        }
        Expr expr = expression();
        if (at(":=")) {
            throw errorAt(expr, "cannot use assignment expressions with " + Targets.describe(expr));
        }
        if (at("=") && argument) {
            throw errorAt(expr.span(), peek(), "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        if (at("=")) {
            mistypedComparison(expr);
        }
        return expr;
    }

    /**
     * {@code x = y} where an expression must stand ({@code if x = 1:}): CPython's "Maybe you meant
     * '==' ..." when a bitwise_or follows the {@code =} and no other {@code =} or {@code :=} after it.
     */
    private void mistypedComparison(Expr expr) {
        boolean name = expr instanceof Expr.Name;
        boolean excluded = expr instanceof Expr.List || expr instanceof Expr.Tuple || expr instanceof Expr.GeneratorExp
                || expr instanceof Expr.Constant c && (c.value() instanceof Value.None || c.value() instanceof Value.Bool)
                || expr instanceof Expr.Compare || expr instanceof Expr.BoolOp || expr instanceof Expr.IfExp
                || expr instanceof Expr.Lambda || expr instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not;
        if (excluded) {
            return;
        }
        int mark = pos;
        int reached = furthest;
        Expr value;
        try {
            take();
            value = bitwiseOr();
        } catch (Mismatch e) {
            pos = mark;
            furthest = reached;
            return;
        }
        if (at("=") || at(":=")) {
            pos = mark;
            furthest = reached;
            return;
        }
        throw name ? errorRange(expr, value, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                : errorAt(expr, "cannot assign to " + Targets.describe(expr) + " here. Maybe you meant '==' instead of '='?");
    }

    /** {@code expression}: a conditional expression, a lambda, or a disjunction. */
    final Expr expression() {
        if (at("lambda")) {
            return lambda();
        }
        Token first = peek();
        Expr body = disjunction();
        if (at("if")) {
            int mark = pos;
            take();
            Expr test = disjunction();
            if (accept("else")) {
                return new Expr.IfExp(test, body, expression(), from(first));
            }
            pos = mark;
        }
        if (commaHints && last().level() > 0 && startsExpression()) {
            missingComma(first, body);
        }
        return body;
    }

    /**
     * Inside brackets, an expression right after another one is CPython's "invalid syntax. Perhaps
     * you forgot a comma?", over both; not after a name before a string ({@code kf"..."}), a soft
     * keyword or {@code print}.
     */
    private void missingComma(Token first, Expr before) {
        boolean excluded = first.kind() == TokenKind.NAME && (at(TokenKind.STRING) || switch (first.text()) {
            case "match", "case", "_", "print", "exec" -> true;
            default -> false;
        });
        if (excluded) {
            return;
        }
        int mark = pos;
        Expr after;
        try {
            after = expression();
        } catch (Mismatch e) {
            pos = mark;
            return;
        }
        throw errorRange(before, after, "invalid syntax. Perhaps you forgot a comma?");
    }

    private Expr lambda() {
        Token keyword = take();
        Arguments args = parameters.parse(true);
        expect(":");
        Expr body = expression();
        return new Expr.Lambda(args, body, from(keyword));
    }

    final Expr disjunction() {
        return boolOp(BoolOperator.Or);
    }

    /** {@code disjunction} ({@code or}) and {@code conjunction} ({@code and}): one BoolOp for a run of them. */
    private Expr boolOp(BoolOperator op) {
        String keyword = op == BoolOperator.Or ? "or" : "and";
        Token first = peek();
        Expr expr = op == BoolOperator.Or ? boolOp(BoolOperator.And) : inversion();
        if (!at(keyword)) {
            return expr;
        }
        List<Expr> values = new ArrayList<>(List.of(expr));
        while (accept(keyword)) {
            values.add(op == BoolOperator.Or ? boolOp(BoolOperator.And) : inversion());
        }
        return new Expr.BoolOp(op, values, from(first));
    }

    private Expr inversion() {
        if (at("not")) {
            Token not = take();
            return new Expr.UnaryOp(UnaryOperator.Not, inversion(), from(not));
        }
        return comparison();
    }

    private Expr comparison() {
        Token first = peek();
        Expr left = bitwiseOr();
        List<CmpOperator> ops = null;
        List<Expr> comparators = null;
        for (CmpOperator op = compareOperator(); op != null; op = compareOperator()) {
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops == null ? left : new Expr.Compare(left, ops, comparators, from(first));
    }

    private CmpOperator compareOperator() {
        Token token = peek();
        if (token.kind() != TokenKind.OP && token.kind() != TokenKind.NAME) {
            return null;
        }
        CmpOperator op = switch (token.text()) {
            case "==" -> CmpOperator.Eq;
            case "!=" -> CmpOperator.NotEq;
            case "<" -> CmpOperator.Lt;
            case "<=" -> CmpOperator.LtE;
            case ">" -> CmpOperator.Gt;
            case ">=" -> CmpOperator.GtE;
            case "in" -> CmpOperator.In;
            case "is" -> peek(1).is("not") ? CmpOperator.IsNot : CmpOperator.Is;
            case "not" -> peek(1).is("in") ? CmpOperator.NotIn : null;
            default -> null;
        };
        if (op != null) {
            pos += op == CmpOperator.IsNot || op == CmpOperator.NotIn ? 2 : 1;
        }
        return op;
    }

    final Expr bitwiseOr() {
        return binary(0);
    }

    /** The left-associative binary operators of {@code LEVELS[level]} and tighter. */
    private Expr binary(int level) {
        if (level == LEVELS.length) {
            return factor();
        }
        Token first = peek();
        Expr left = binary(level + 1);
        while (true) {
            Token token = peek();
            if (token.kind() != TokenKind.OP) {
                return left;
            }
            Operator op = null;
            String[] texts = LEVELS[level];
            for (int i = 0; i < texts.length; i++) {
                if (texts[i].equals(token.text())) {
                    op = OPERATORS[level][i];
                }
            }
            if (op == null) {
                return left;
            }
            take();
            Expr right = binary(level + 1);
            left = new Expr.BinOp(left, op, right, from(first));
        }
    }

    private Expr factor() {
        Token token = peek();
        UnaryOperator op = token.kind() != TokenKind.OP ? null : switch (token.text()) {
            case "+" -> UnaryOperator.UAdd;
            case "-" -> UnaryOperator.USub;
            case "~" -> UnaryOperator.Invert;
            default -> null;
        };
        if (op != null) {
            take();
            return new Expr.UnaryOp(op, factor(), from(token));
        }
        return power();
    }

    private Expr power() {
        Token first = peek();
        Expr base = awaitPrimary();
        if (accept("**")) {
            return new Expr.BinOp(base, Operator.Pow, factor(), from(first));
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (at("await")) {
            Token await = take();
            return new Expr.Await(primary(), from(await));
        }
        return primary();
    }

    /** {@code primary}: an atom followed by attribute references, calls and subscripts. */
    final Expr primary() {
        Token first = peek();
        Expr expr = atom();
        while (true) {
            if (accept(".")) {
                Token name = name();
                expr = new Expr.Attribute(expr, name.text(), ExprContext.Load, from(first));
            } else if (at("(")) {
                expr = call(expr, first);
            } else if (at("[")) {
                take();
                Expr slice = slices();
                expect("]");
                expr = new Expr.Subscript(expr, slice, ExprContext.Load, from(first));
            } else {
                return expr;
            }
        }
    }

    final Expr call(Expr func, Token first) {
        Token open = take();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        String misplaced = null;
        while (!at(")")) {
            if (at("*")) {
                Token star = take();
                args.add(new Expr.Starred(expression(), ExprContext.Load, from(star)));
            } else if (at("**")) {
                Token stars = take();
                keywords.add(new Keyword(null, expression(), from(stars)));
            } else if (atName() && peek(1).is("=")) {
                Token name = take();
                take();
                keywords.add(new Keyword(name.text(), expression(), from(name)));
            } else if ((at("True") || at("False") || at("None")) && peek(1).is("=")) {
                Token constant = take();
                throw errorAt(constant, take(), "cannot assign to " + constant.text());
            } else {
                Expr arg = namedExpression(true);
                if (at("for") || at("async") && peek(1).is("for")) {
                    List<Comprehension> generators = comprehensions();
                    if (!args.isEmpty() || !keywords.isEmpty() || at(",")) {
                        throw errorRange(arg, lastItem(generators), "Generator expression must be parenthesized");
                    }
                    expect(")");
                    args.add(new Expr.GeneratorExp(arg, generators, from(open)));
                    return new Expr.Call(func, args, keywords, from(first));
                }
                if (!keywords.isEmpty() && misplaced == null) {
                    boolean unpacking = keywords.stream().anyMatch(k -> k.arg() == null);
                    misplaced = unpacking ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
                }
                args.add(arg);
            }
            if (!accept(",")) {
                break;
            }
        }
        if (misplaced != null) {
            // CPython reads all the arguments first, and reports where it stopped
            peek();
            throw errorAtFurthest(ErrorKind.SyntaxError, misplaced);
        }
        expect(")");
        return new Expr.Call(func, args, keywords, from(first));
    }

    /** The last expression of comprehension clauses: the last condition, or the last iterable. */
    private static Expr lastItem(List<Comprehension> generators) {
        Comprehension last = generators.get(generators.size() - 1);
        return last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
    }

    /** {@code slices}: one slice, or a tuple of slices and starred expressions. */
    private Expr slices() {
        Token first = peek();
        Expr slice = sliceOrStarred();
        if (!at(",")) {
            return slice instanceof Expr.Starred ? new Expr.Tuple(List.of(slice), ExprContext.Load, from(first)) : slice;
        }
        List<Expr> elts = new ArrayList<>(List.of(slice));
        while (accept(",") && !at("]")) {
            elts.add(sliceOrStarred());
        }
        return new Expr.Tuple(elts, ExprContext.Load, from(first));
    }

    private Expr sliceOrStarred() {
        if (at("*")) {
            Token star = take();
            return new Expr.Starred(bitwiseOr(), ExprContext.Load, from(star));
        }
        Token first = peek();
        Expr lower = at(":") ? null : namedExpression();
        if (!at(":")) {
            return lower;
        }
        take();
        Expr upper = at(":") || at(",") || at("]") ? null : expression();
        Expr step = null;
        if (accept(":")) {
            step = at(",") || at("]") ? null : expression();
        }
        return new Expr.Slice(lower, upper, step, from(first));
    }

    /** {@code atom}: names, literals and the bracketed displays. */
    final Expr atom() {
        Token token = peek();
        switch (token.kind()) {
            case NAME -> {
                switch (token.text()) {
                    case "True" -> {
                        return constant(Value.Bool.TRUE);
                    }
                    case "False" -> {
                        return constant(Value.Bool.FALSE);
                    }
                    case "None" -> {
                        return constant(Value.None.INSTANCE);
                    }
                    default -> {
                        Token name = name();
                        return new Expr.Name(name.text(), ExprContext.Load, span(name));
                    }
                }
            }
            case NUMBER -> {
                take();
                return new Expr.Constant(literals.number(token), null, span(token));
            }
            case STRING -> {
                return literals.strings();
            }
            case OP -> {
                switch (token.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return list();
                    }
                    case "{" -> {
                        return braces();
                    }
                    case "..." -> {
                        return constant(Value.Ellipsis.INSTANCE);
                    }
                    default -> throw Mismatch.INSTANCE;
                }
            }
            default -> throw Mismatch.INSTANCE;
        }
    }

    private Expr constant(Value value) {
        Token token = take();
        return new Expr.Constant(value, null, span(token));
    }

    /** A group, a tuple, a generator expression, or a parenthesized yield. */
    private Expr parenthesized() {
        Token open = take();
        if (accept(")")) {
            return new Expr.Tuple(List.of(), ExprContext.Load, from(open));
        }
        if (at("yield")) {
            Expr yield = yieldExpression();
            expect(")");
            return yield;
        }
        Expr first = starNamedExpression();
        if (at("for") || at("async")) {
            List<Comprehension> generators = comprehensions();
            expect(")");
            if (first instanceof Expr.Starred) {
                throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            return new Expr.GeneratorExp(first, generators, from(open));
        }
        if (accept(")")) {
            if (first instanceof Expr.Starred) {
                throw errorAt(first, "cannot use starred expression here");
            }
            return first;
        }
        expect(",");
        List<Expr> elts = new ArrayList<>(List.of(first));
        elts.addAll(starNamedExpressions(")"));
        expect(")");
        return new Expr.Tuple(elts, ExprContext.Load, from(open));
    }

    private Expr list() {
        Token open = take();
        if (accept("]")) {
            return new Expr.List(List.of(), ExprContext.Load, from(open));
        }
        Expr first = starNamedExpression();
        if (at("for") || at("async")) {
            List<Comprehension> generators = comprehensions();
            expect("]");
            if (first instanceof Expr.Starred) {
                throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            return new Expr.ListComp(first, generators, from(open));
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        if (accept(",")) {
            elts.addAll(starNamedExpressions("]"));
        }
        forgottenParentheses(elts);
        expect("]");
        return new Expr.List(elts, ExprContext.Load, from(open));
    }

    /** {@code [a, b for ...]}: CPython asks whether the target lacks its parentheses. */
    private void forgottenParentheses(List<Expr> elts) {
        if (elts.size() > 1 && (at("for") || at("async") && peek(1).is("for"))) {
            throw errorRange(elts.get(0), elts.get(elts.size() - 1),
                    "did you forget parentheses around the comprehension target?");
        }
    }

    /** A dict or set display, or a dict or set comprehension. */
    private Expr braces() {
        Token open = take();
        if (accept("}")) {
            return new Expr.Dict(List.of(), List.of(), from(open));
        }
        if (at("**")) {
            return dict(open, new ArrayList<>(), new ArrayList<>());
        }
        Expr first = starNamedExpression();
        if (accept(":")) {
            Expr value = expression();
            if (at("for") || at("async")) {
                List<Comprehension> generators = comprehensions();
                expect("}");
                return new Expr.DictComp(first, value, generators, from(open));
            }
            List<Expr> keys = new ArrayList<>(List.of(first));
            List<Expr> values = new ArrayList<>(List.of(value));
            if (!accept(",")) {
                expect("}");
                return new Expr.Dict(keys, values, from(open));
            }
            return dict(open, keys, values);
        }
        if (at("for") || at("async")) {
            List<Comprehension> generators = comprehensions();
            expect("}");
            if (first instanceof Expr.Starred) {
                throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            return new Expr.SetComp(first, generators, from(open));
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        if (accept(",")) {
            elts.addAll(starNamedExpressions("}"));
        }
        forgottenParentheses(elts);
        expect("}");
        return new Expr.Set(elts, from(open));
    }

    /** The rest of a dict display: {@code key: value} pairs and {@code **mapping}s (a null key). */
    private Expr dict(Token open, List<Expr> keys, List<Expr> values) {
        while (!at("}")) {
            if (accept("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(key());
                values.add(expression());
            }
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        return new Expr.Dict(keys, values, from(open));
    }

    /**
     * A key after the first pair of a dict display, with its colon. Without the colon CPython says
     * "':' expected after dictionary key" at the key's last character, before any other message.
     */
    private Expr key() {
        boolean hints = commaHints;
        commaHints = false;
        Expr key;
        try {
            key = expression();
        } finally {
            commaHints = hints;
        }
        if (!accept(":")) {
            Span span = key.span();
            PythonSyntaxError at = errorSpan(ErrorKind.SyntaxError, "':' expected after dictionary key", span.lineno(),
                    span.endColOffset() - 1, span.lineno(), span.endColOffset() - 1);
            throw new PythonSyntaxError(at.kind(), at.msg(), at.lineno(), at.offset(), span.endLineno(), 0, at.text());
        }
        return key;
    }

    /** {@code for_if_clauses}: the {@code [async] for ... in ... [if ...]} clauses of a comprehension. */
    final List<Comprehension> comprehensions() {
        List<Comprehension> generators = new ArrayList<>();
        while (at("for") || at("async") && peek(1).is("for")) {
            int isAsync = accept("async") ? 1 : 0;
            expect("for");
            Expr target = starTargets();
            expect("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept("if")) {
                ifs.add(disjunction());
            }
            generators.add(new Comprehension(target, iter, ifs, isAsync));
        }
        if (generators.isEmpty()) {
            throw Mismatch.INSTANCE;
        }
        return generators;
    }

    /** {@code star_targets}: assignment targets (of for, comprehensions, with ... as). */
    final Expr starTargets() {
        Token first = peek();
        Expr target = starTarget();
        if (!at(",")) {
            return target;
        }
        List<Expr> elts = new ArrayList<>(List.of(target));
        while (accept(",") && (atName() || at("*") || at("(") || at("["))) {
            elts.add(starTarget());
        }
        return new Expr.Tuple(elts, ExprContext.Store, from(first));
    }

    private Expr starTarget() {
        if (at("*")) {
            Token star = take();
            Expr inner = starTarget();
            return new Expr.Starred(inner, ExprContext.Store, from(star));
        }
        return Targets.store(this, primary());
    }

    /** {@code yield_expr}: {@code yield [star_expressions]} or {@code yield from expression}. */
    final Expr yieldExpression() {
        Token yield = expect("yield");
        if (accept("from")) {
            return new Expr.YieldFrom(expression(), from(yield));
        }
        Expr value = startsExpression() ? starExpressions() : null;
        return new Expr.Yield(value, from(yield));
    }
}
