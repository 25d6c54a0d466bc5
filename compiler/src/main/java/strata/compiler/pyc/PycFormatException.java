package strata.compiler.pyc;

/** A {@code .pyc} that is not one Strata wrote: a wrong header, a truncated or corrupt object. */
public final class PycFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public PycFormatException(String message) {
        super(message);
    }
}
