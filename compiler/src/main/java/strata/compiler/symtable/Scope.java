package strata.compiler.symtable;

/** Where a name lives, as CPython's symtable decides it; the compiler picks the load/store opcode by it. */
public enum Scope {
    /** A fast local of a function, or a name in a module or class namespace. */
    LOCAL,
    /** Declared {@code global}. */
    GLOBAL_EXPLICIT,
    /** Not bound in any enclosing function: looked up in globals, then builtins. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function: read through a cell of the closure. */
    FREE,
    /** A local that an inner function uses: kept in a cell. */
    CELL
}
