package strata.compiler.bytecode;

/**
 * What an instruction's 24-bit argument means, and so how the disassembler shows it and what the
 * compiler may put there. Indexes refer to the tables of the code object the instruction is in.
 */
public enum ArgKind {
    /** No argument; the field is zero. */
    NONE,
    /** An index into {@code co_consts}. */
    CONST,
    /** An index into {@code co_names} (globals, attributes, imported names). */
    NAME,
    /** An index into {@code co_varnames}: a fast local. */
    LOCAL,
    /** An index into the cells: {@code co_cellvars} first, then {@code co_freevars}. */
    CELL,
    /** An absolute instruction index in the same code object. */
    JUMP,
    /** A count of values or a stack position. */
    COUNT,
    /** A {@link BinaryOperator}. */
    BINARY_OPERATOR,
    /** A {@link CompareOperator}. */
    COMPARE,
    /** 0 for the test, 1 for its negation ({@code is not}, {@code not in}). */
    INVERT,
    /** The bits of {@link MakeFunctionFlag}: which optional parts of a function are on the stack. */
    FUNCTION_FLAGS,
    /** The conversion (bits 0-1: none, str, repr, ascii) and bit 2: a format spec is on the stack. */
    FORMAT,
    /** Where an awaitable comes from: 0 an {@code await}, 1 {@code __aenter__}, 2 {@code __aexit__}. */
    AWAIT_WHERE,
    /** {@code UNPACK_EX}: names before the starred one in bits 0-7, names after it in bits 8-23. */
    UNPACK_COUNTS,
    /** {@code RAISE_VARARGS}: 0 re-raise, 1 {@code raise exc}, 2 {@code raise exc from cause}. */
    RAISE_FORM,
}
