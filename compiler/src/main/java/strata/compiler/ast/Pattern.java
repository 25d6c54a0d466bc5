package strata.compiler.ast;

import java.util.List;

/** ASDL {@code pattern}: the patterns of {@code match}/{@code case}. */
public sealed interface Pattern extends Located {

    record MatchValue(Expr value, Span span) implements Pattern {
    }

    /** {@code None}, {@code True} or {@code False}. */
    record MatchSingleton(Value value, Span span) implements Pattern {
    }

    record MatchSequence(List<Pattern> patterns, Span span) implements Pattern {
    }

    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Span span) implements Pattern {
    }

    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns,
            Span span) implements Pattern {
    }

    record MatchStar(String name, Span span) implements Pattern {
    }

    /** {@code pattern as name}; with both null it is the wildcard {@code _}, with only a name a capture. */
    record MatchAs(Pattern pattern, String name, Span span) implements Pattern {
    }

    record MatchOr(List<Pattern> patterns, Span span) implements Pattern {
    }
}
