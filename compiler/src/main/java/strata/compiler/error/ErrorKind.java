package strata.compiler.error;

/** The Python exception class of a compile-time error. */
public enum ErrorKind {
    SyntaxError, IndentationError, TabError
}
