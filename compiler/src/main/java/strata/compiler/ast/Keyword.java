package strata.compiler.ast;

/** ASDL {@code keyword}: {@code name=value} in a call or class header; a null name is {@code **value}. */
public record Keyword(String arg, Expr value, Span span) implements Located {
}
