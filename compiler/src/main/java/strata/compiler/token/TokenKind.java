package strata.compiler.token;

/** The token types CPython's tokenizer gives its parser (operators are all OP; keywords are NAMEs). */
public enum TokenKind {
    NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER,
    /** Where the tokenizer found an error; the token carries it and ends the stream. */
    ERROR
}
