package strata.compiler.symtable;

/**
 * What a block does with a name, CPython's {@code DEF_*} bits: the symtable module reports them
 * ({@code is_assigned}, {@code is_parameter}, ...) and the analysis turns them into a {@link Scope}.
 */
public final class Flag {
    /** {@code global NAME} in this block. */
    public static final int GLOBAL = 1;
    /** Bound here: assigned, deleted, a def, a class, a for or with target, an except name. */
    public static final int LOCAL = 2;
    public static final int PARAM = 4;
    /** {@code nonlocal NAME} in this block. */
    public static final int NONLOCAL = 8;
    /** Read here. */
    public static final int USE = 16;
    /** Free in a method, and bound in the class too: LOAD_CLASSDEREF reads it. */
    public static final int FREE_CLASS = 64;
    public static final int IMPORT = 128;
    /** Annotated as a simple name ({@code x: int}). */
    public static final int ANNOT = 256;
    /** An iteration variable of a comprehension. */
    public static final int COMP_ITER = 512;
    /** Any way of binding the name in this block. */
    public static final int BOUND = LOCAL | PARAM | IMPORT;

    private Flag() {
    }
}
