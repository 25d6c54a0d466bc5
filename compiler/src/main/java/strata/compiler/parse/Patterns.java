package strata.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import strata.compiler.ast.Expr;
import strata.compiler.ast.ExprContext;
import strata.compiler.ast.Operator;
import strata.compiler.ast.Pattern;
import strata.compiler.ast.UnaryOperator;
import strata.compiler.ast.Value;
import strata.compiler.token.Token;
import strata.compiler.token.TokenKind;

/**
 * The patterns of {@code case} clauses (PEP 634), rule for rule as CPython 3.11's grammar has
 * them: or-patterns, as-patterns, literals and values, captures and the wildcard, sequences,
 * mappings and class patterns.
 */
final class Patterns {

    private final ExpressionParser parser;

    Patterns(ExpressionParser parser) {
        this.parser = parser;
    }

    /** {@code patterns}: a pattern, or an open sequence of them ({@code case a, *b:}). */
    Pattern patterns() {
        Token first = parser.peek();
        Pattern pattern = maybeStar();
        if (!parser.at(",")) {
            if (pattern instanceof Pattern.MatchStar) {
                throw Cursor.Mismatch.INSTANCE;
            }
            return pattern;
        }
        List<Pattern> patterns = new ArrayList<>(List.of(pattern));
        while (parser.accept(",") && !parser.at(":") && !parser.at("if")) {
            patterns.add(maybeStar());
        }
        return new Pattern.MatchSequence(patterns, parser.from(first));
    }

    private Pattern maybeStar() {
        if (parser.at("*")) {
            Token star = parser.take();
            Token name = parser.name();
            return new Pattern.MatchStar(name.text().equals("_") ? null : name.text(), parser.from(star));
        }
        return pattern();
    }

    /** {@code pattern}: an or-pattern, possibly {@code as NAME}. */
    Pattern pattern() {
        Token first = parser.peek();
        Pattern pattern = orPattern();
        if (parser.accept("as")) {
            Token name = parser.peek();
            if (name.is("_")) {
                throw parser.errorAt(name, name, "cannot use '_' as a target");
            }
            if (!parser.atName()) {
                Expr target = parser.expression();
                throw parser.errorAt(target, "invalid pattern target");
            }
            parser.take();
            return new Pattern.MatchAs(pattern, name.text(), parser.from(first));
        }
        return pattern;
    }

    private Pattern orPattern() {
        Token first = parser.peek();
        Pattern pattern = closed();
        if (!parser.at("|")) {
            return pattern;
        }
        List<Pattern> patterns = new ArrayList<>(List.of(pattern));
        while (parser.accept("|")) {
            patterns.add(closed());
        }
        return new Pattern.MatchOr(patterns, parser.from(first));
    }

    private Pattern closed() {
        Token token = parser.peek();
        if (token.kind() == TokenKind.NUMBER || token.is("-") || token.kind() == TokenKind.STRING) {
            Expr value = literalExpression();
            return new Pattern.MatchValue(value, value.span());
        }
        switch (token.text()) {
            case "None" -> {
                parser.take();
                return new Pattern.MatchSingleton(Value.None.INSTANCE, Cursor.span(token));
            }
            case "True" -> {
                parser.take();
                return new Pattern.MatchSingleton(Value.Bool.TRUE, Cursor.span(token));
            }
            case "False" -> {
                parser.take();
                return new Pattern.MatchSingleton(Value.Bool.FALSE, Cursor.span(token));
            }
            case "(" -> {
                return group();
            }
            case "[" -> {
                parser.take();
                List<Pattern> patterns = sequence("]");
                parser.expect("]");
                return new Pattern.MatchSequence(patterns, parser.from(token));
            }
            case "{" -> {
                return mapping();
            }
            default -> {
                return nameOrClass();
            }
        }
    }

    /** A literal of a pattern or a mapping key: a signed number, {@code 1+2j}, or strings. */
    private Expr literalExpression() {
        Token first = parser.peek();
        if (first.kind() == TokenKind.STRING) {
            return parser.literals.strings();
        }
        Expr real = signedNumber();
        if (parser.at("+") || parser.at("-")) {
            Operator op = parser.take().is("+") ? Operator.Add : Operator.Sub;
            Token number = parser.expect(TokenKind.NUMBER);
            Expr imaginary = new Expr.Constant(parser.literals.number(number), null, Cursor.span(number));
            return new Expr.BinOp(real, op, imaginary, parser.from(first));
        }
        return real;
    }

    private Expr signedNumber() {
        Token first = parser.peek();
        boolean negative = parser.accept("-");
        Token number = parser.expect(TokenKind.NUMBER);
        Expr value = new Expr.Constant(parser.literals.number(number), null, Cursor.span(number));
        return negative ? new Expr.UnaryOp(UnaryOperator.USub, value, parser.from(first)) : value;
    }

    /** {@code (pattern)} is the pattern itself; {@code ()} and {@code (p,)} are sequences. */
    private Pattern group() {
        Token open = parser.take();
        if (parser.accept(")")) {
            return new Pattern.MatchSequence(List.of(), parser.from(open));
        }
        Pattern first = maybeStar();
        if (parser.accept(")")) {
            if (first instanceof Pattern.MatchStar) {
                return new Pattern.MatchSequence(List.of(first), parser.from(open));
            }
            return first;
        }
        parser.expect(",");
        List<Pattern> patterns = new ArrayList<>(List.of(first));
        patterns.addAll(sequence(")"));
        parser.expect(")");
        return new Pattern.MatchSequence(patterns, parser.from(open));
    }

    private List<Pattern> sequence(String close) {
        List<Pattern> patterns = new ArrayList<>();
        while (!parser.at(close)) {
            patterns.add(maybeStar());
            if (!parser.accept(",")) {
                break;
            }
        }
        return patterns;
    }

    private Pattern mapping() {
        Token open = parser.take();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        String rest = null;
        while (!parser.at("}")) {
            if (parser.accept("**")) {
                rest = parser.name().text();
                parser.accept(",");
                break;
            }
            Token token = parser.peek();
            Expr key = switch (token.text()) {
                case "None" -> keyword(Value.None.INSTANCE);
                case "True" -> keyword(Value.Bool.TRUE);
                case "False" -> keyword(Value.Bool.FALSE);
                default -> token.kind() == TokenKind.NAME ? attribute() : literalExpression();
            };
            parser.expect(":");
            keys.add(key);
            patterns.add(pattern());
            if (!parser.accept(",")) {
                break;
            }
        }
        parser.expect("}");
        return new Pattern.MatchMapping(keys, patterns, rest, parser.from(open));
    }

    private Expr keyword(Value value) {
        Token token = parser.take();
        return new Expr.Constant(value, null, Cursor.span(token));
    }

    /** A dotted name: {@code a.b.c} as Attributes over a Name. */
    private Expr attribute() {
        Token first = parser.name();
        Expr expr = new Expr.Name(first.text(), ExprContext.Load, Cursor.span(first));
        while (parser.accept(".")) {
            Token name = parser.name();
            expr = new Expr.Attribute(expr, name.text(), ExprContext.Load, parser.from(first));
        }
        return expr;
    }

    /** A capture, the wildcard, a value ({@code a.b}) or a class pattern ({@code a.B(...)}). */
    private Pattern nameOrClass() {
        Token first = parser.peek();
        Expr name = attribute();
        if (parser.at("(")) {
            return classPattern(first, name);
        }
        if (name instanceof Expr.Name simple) {
            if (parser.at("=")) {
                throw Cursor.Mismatch.INSTANCE;
            }
            return new Pattern.MatchAs(null, simple.id().equals("_") ? null : simple.id(), simple.span());
        }
        return new Pattern.MatchValue(name, name.span());
    }

    private Pattern classPattern(Token first, Expr cls) {
        parser.take();
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!parser.at(")")) {
            if (parser.atName() && parser.peek(1).is("=")) {
                kwdAttrs.add(parser.take().text());
                parser.take();
                kwdPatterns.add(pattern());
            } else {
                Pattern pattern = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw parser.errorAt(pattern, "positional patterns follow keyword patterns");
                }
                patterns.add(pattern);
            }
            if (!parser.accept(",")) {
                break;
            }
        }
        parser.expect(")");
        return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, parser.from(first));
    }
}
