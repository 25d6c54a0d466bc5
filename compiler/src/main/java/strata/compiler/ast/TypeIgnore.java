package strata.compiler.ast;

/** ASDL {@code type_ignore}: a {@code # type: ignore} comment (only with type comments on). */
public record TypeIgnore(int lineno, String tag) implements Node {
}
