package strata.compiler.codegen;

import java.util.List;
import strata.compiler.ast.Stmt;

/**
 * A block that {@code break}, {@code continue} and {@code return} must leave properly (CPython's
 * {@code fblockinfo}): a loop, a try body, a finally body, a with body, an except handler.
 *
 * @param kind      what the block is
 * @param start     where {@code continue} goes, for loops
 * @param exit      where {@code break} goes, for loops
 * @param finalBody the finally body to run on the way out of a {@code try}, else null
 * @param datum     the with statement, or the except handler's name, else null
 */
record Block(Kind kind, Label start, Label exit, List<Stmt> finalBody, Object datum) {
    enum Kind {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP, POP_VALUE,
        EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
    }

    static Block of(Kind kind) {
        return new Block(kind, null, null, null, null);
    }

    boolean isLoop() {
        return kind == Kind.WHILE_LOOP || kind == Kind.FOR_LOOP;
    }
}
