package strata.compiler.pyc;

/**
 * The constants of the {@code .pyc} format (docs/pyc.md): the PEP 552 header and the sizes of the
 * tables of a code object. Every other part of the compiler and the assembler include take them
 * from here.
 */
public final class Pyc {
    /** Every field is a little-endian 32-bit word; every object starts on a word boundary. */
    public static final int WORD = 4;
    /**
     * Strata's magic number, {@code "ST"} read as a little-endian 16-bit number; no CPython release
     * uses it. It changes whenever the bytecode or this format does.
     */
    public static final int MAGIC_NUMBER = 'S' | 'T' << 8;
    /** The magic word as it is in the file: the number, then {@code \r\n}, as CPython writes it. */
    public static final int MAGIC_WORD = MAGIC_NUMBER | '\r' << 16 | '\n' << 24;
    /** The header: magic, flags, source mtime, source size; one word each. */
    public static final int HEADER_SIZE = 4 * WORD;
    /** Byte offset of the flags word in the header; 0 says mtime and size validate the file. */
    public static final int HEADER_FLAGS = 4;
    /** Byte offset of the source's modification time (seconds, modulo 2^32). */
    public static final int HEADER_MTIME = 8;
    /** Byte offset of the source's size in bytes (modulo 2^32). */
    public static final int HEADER_SIZE_FIELD = 12;
    /** Words per exception-table row: start, end, target, depth << 1 | lasti. */
    public static final int EXCEPTION_ROW_WORDS = 4;
    /** Words per position run: first instruction, line, end line, column, end column (-1: none). */
    public static final int POSITION_RUN_WORDS = 5;
    /** importlib's {@code sys.implementation.cache_tag} for Strata. */
    public static final String CACHE_TAG = "strata-311";

    private Pyc() {
    }
}
