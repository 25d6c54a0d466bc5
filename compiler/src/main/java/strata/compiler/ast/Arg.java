package strata.compiler.ast;

/** ASDL {@code arg}: one parameter with its annotation. */
public record Arg(String arg, Expr annotation, String typeComment, Span span) implements Located {
}
