package strata.compiler.pyc;

/**
 * The fixed words of a code object in a {@code .pyc}, in order after its {@link Tag#CODE} word:
 * field {@code f} is at byte {@code f.offset()} from the tag. The counts say how many words of
 * instructions, exception-table rows and position runs follow the fixed part; the assembler
 * include names each offset {@code CODE_NAME}, so the VM's loader reads them by name.
 */
public enum CodeField {
    ARGCOUNT, POSONLYARGCOUNT, KWONLYARGCOUNT, NLOCALS, STACKSIZE, FLAGS, FIRSTLINENO,
    /** Instructions (one word each). */
    NCODE,
    /** Exception-table rows (four words each). */
    NEXCEPTIONS,
    /** Position runs (five words each). */
    NPOSITIONS;

    /** Byte offset from the code object's tag word. */
    public int offset() {
        return Pyc.WORD * (1 + ordinal());
    }

    /** Bytes from the tag word to the first instruction. */
    public static int fixedSize() {
        return Pyc.WORD * (1 + values().length);
    }
}
