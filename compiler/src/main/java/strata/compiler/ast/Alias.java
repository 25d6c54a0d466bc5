package strata.compiler.ast;

/** ASDL {@code alias}: one imported name, with its {@code as} name. */
public record Alias(String name, String asname, Span span) implements Located {
}
