package strata.compiler.pyc;

/**
 * The first word of every object in a {@code .pyc}: which kind of object follows. A tag's value
 * is its position here; docs/pyc.md gives each kind's layout, and the assembler include names
 * them {@code PYC_TAG_NAME}.
 */
public enum Tag {
    NONE, FALSE, TRUE, ELLIPSIS, INT, FLOAT, COMPLEX, STR, BYTES, TUPLE, FROZENSET, CODE;

    private static final Tag[] BY_VALUE = values();

    public int value() {
        return ordinal();
    }

    /** The tag of word {@code value}, or null if there is none. */
    static Tag of(int value) {
        return value >= 0 && value < BY_VALUE.length ? BY_VALUE[value] : null;
    }
}
