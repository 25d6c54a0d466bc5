package strata.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import strata.compiler.ast.Arg;
import strata.compiler.ast.Arguments;
import strata.compiler.ast.Expr;
import strata.compiler.token.Token;

/**
 * The parameter lists of {@code def} (up to the closing parenthesis) and {@code lambda} (up to the
 * colon): positional-only parameters before {@code /}, keyword-only ones after {@code *} or
 * {@code *args}, defaults, {@code **kwargs}, annotations for def; with CPython's messages for the
 * orders it refuses.
 */
final class Parameters {

    private final ExpressionParser parser;

    Parameters(ExpressionParser parser) {
        this.parser = parser;
    }

    Arguments parse(boolean lambda) {
        String end = lambda ? ":" : ")";
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean slash = false;
        boolean star = false;
        while (!parser.at(end)) {
            if (parser.at("/")) {
                Token token = parser.take();
                if (star) {
                    throw parser.errorAt(token, token, "/ must be ahead of *");
                }
                if (slash) {
                    throw parser.errorAt(token, token, "/ may appear only once");
                }
                if (args.isEmpty()) {
                    throw parser.errorAt(token, token, "at least one argument must precede /");
                }
                posonly.addAll(args);
                args.clear();
                slash = true;
            } else if (parser.at("*")) {
                Token token = parser.take();
                if (star) {
                    throw parser.errorAt(token, token, "* argument may appear only once");
                }
                star = true;
                if (parser.at(",")) {
                    if (parser.peek(1).is(end) || parser.peek(1).is("**")) {
                        throw parser.errorAt(token, token, "named arguments must follow bare *");
                    }
                } else if (parser.at(end)) {
                    throw parser.errorAt(token, token, "named arguments must follow bare *");
                } else {
                    vararg = param(lambda, true);
                    if (parser.at("=")) {
                        Token equals = parser.peek();
                        throw parser.errorAt(equals, equals, "var-positional argument cannot have default value");
                    }
                }
            } else if (parser.at("**")) {
                parser.take();
                kwarg = param(lambda, false);
                if (parser.at("=")) {
                    Token equals = parser.peek();
                    throw parser.errorAt(equals, equals, "var-keyword argument cannot have default value");
                }
                if (parser.accept(",") && !parser.at(end)) {
                    Token next = parser.peek();
                    throw parser.errorAt(next, next, "arguments cannot follow var-keyword argument");
                }
                break;
            } else {
                Arg arg = param(lambda, false);
                Expr value = null;
                if (parser.at("=")) {
                    Token equals = parser.take();
                    if (parser.at(",") || parser.at(end)) {
                        throw parser.errorAt(equals, equals, "expected default value expression");
                    }
                    value = parser.expression();
                }
                if (star) {
                    kwonly.add(arg);
                    kwDefaults.add(value);
                } else {
                    if (value != null) {
                        defaults.add(value);
                    } else if (!defaults.isEmpty()) {
                        throw parser.errorAt(arg, "non-default argument follows default argument");
                    }
                    args.add(arg);
                }
            }
            if (!parser.accept(",")) {
                break;
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** One parameter: a name, with {@code : annotation} in a def ({@code : *Ts} for {@code *args}). */
    private Arg param(boolean lambda, boolean starAnnotation) {
        Token name = parser.name();
        Expr annotation = null;
        if (!lambda && parser.accept(":")) {
            annotation = starAnnotation ? parser.starExpression() : parser.expression();
        }
        return new Arg(name.text(), annotation, null, parser.from(name));
    }
}
