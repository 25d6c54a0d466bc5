package strata.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import strata.compiler.ast.ExceptHandler;
import strata.compiler.ast.Expr;
import strata.compiler.ast.ExprContext;
import strata.compiler.ast.Span;
import strata.compiler.ast.Stmt;
import strata.compiler.ast.WithItem;
import strata.compiler.bytecode.Opcode;
import strata.compiler.code.Constant;
import strata.compiler.code.Position;
import strata.compiler.symtable.CompileError;

/**
 * The statements that jump: if, while, for, break, continue, return, try (with except, except*,
 * else, finally) and with, in the shapes of CPython 3.11's {@code compile.c}. Handlers are set up
 * and popped around the code they protect ({@link CodeBuilder#pushHandler}); a {@code return} or
 * {@code break} that leaves handled blocks pops them on its own path and puts them back after.
 */
final class ControlFlow {
    private final Compiler compiler;

    ControlFlow(Compiler compiler) {
        this.compiler = compiler;
    }

    private CodeBuilder code() {
        return compiler.code();
    }

    private Unit unit() {
        return compiler.unit();
    }

    private ExpressionCompiler expressions() {
        return compiler.expressions;
    }

    void ifStatement(Stmt.If s) throws CompileError {
        Label end = new Label();
        Label next = s.orelse().isEmpty() ? end : new Label();
        expressions().jumpIf(s.test(), next, false);
        compiler.statements(s.body());
        if (!s.orelse().isEmpty()) {
            code().position(Position.NONE);
            code().jump(Opcode.JUMP, end);
            code().bind(next);
            compiler.statements(s.orelse());
        }
        code().bind(end);
    }

    void whileLoop(Stmt.While s) throws CompileError {
        Label loop = new Label();
        Label body = new Label();
        Label anchor = new Label();
        Label end = new Label();
        code().bind(loop);
        unit().blocks.push(new Block(Block.Kind.WHILE_LOOP, loop, end, null, null));
        expressions().jumpIf(s.test(), anchor, false);
        code().bind(body);
        compiler.statements(s.body());
        compiler.at(s.span());
        expressions().jumpIf(s.test(), body, true);
        unit().blocks.pop();
        code().bind(anchor);
        compiler.statements(s.orelse());
        code().bind(end);
    }

    void forLoop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Span span) throws CompileError {
        Label start = new Label();
        Label cleanup = new Label();
        Label end = new Label();
        expressions().iterable(iter);
        compiler.at(span);
        code().emit(Opcode.GET_ITER);
        code().bind(start);
        unit().blocks.push(new Block(Block.Kind.FOR_LOOP, start, end, null, null));
        code().jump(Opcode.FOR_ITER, cleanup);
        expressions().target(target);
        compiler.statements(body);
        code().position(Position.NONE);
        code().jump(Opcode.JUMP, start);
        unit().blocks.pop();
        code().bind(cleanup);
        compiler.statements(orelse);
        code().bind(end);
    }

    void asyncForLoop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Span span) throws CompileError {
        if (unit().kind != Unit.Kind.ASYNC_FUNCTION) {
            throw new CompileError("'async for' outside async function", span);
        }
        Label start = new Label();
        Label except = new Label();
        Label end = new Label();
        expressions().expression(iter);
        compiler.at(span);
        code().emit(Opcode.GET_AITER);
        code().bind(start);
        unit().blocks.push(new Block(Block.Kind.FOR_LOOP, start, end, null, null));
        code().pushHandler(Handler.Kind.FINALLY, except);
        code().emit(Opcode.GET_ANEXT);
        code().emit(Opcode.LOAD_CONST, code().constant(Constant.NONE));
        expressions().yieldFrom();
        code().popHandler();
        expressions().target(target);
        compiler.statements(body);
        code().position(Position.NONE);
        code().jump(Opcode.JUMP, start);
        unit().blocks.pop();
        code().bind(except);
        compiler.at(iter.span());
        code().emit(Opcode.END_ASYNC_FOR);
        compiler.statements(orelse);
        code().bind(end);
    }

    /** How a jump leaves the blocks around it. */
    private enum Exit {
        RETURN, BREAK, CONTINUE
    }

    void breakStatement(Span span) throws CompileError {
        loopJump(Exit.BREAK, span, "'break' outside loop");
    }

    void continueStatement(Span span) throws CompileError {
        loopJump(Exit.CONTINUE, span, "'continue' not properly in loop");
    }

    /** A break (to the loop's exit) or continue (to its start), leaving the blocks in between. */
    private void loopJump(Exit exit, Span span, String outside) throws CompileError {
        Handler saved = code().handlers();
        Block loop = unwind(false, exit, span);
        if (loop == null) {
            throw new CompileError(outside, span);
        }
        compiler.at(span);
        code().jump(Opcode.JUMP, exit == Exit.BREAK ? loop.exit() : loop.start());
        code().restoreHandlers(saved);
    }

    void returnStatement(Stmt.Return s) throws CompileError {
        if (!unit().isFunctionLike()) {
            throw new CompileError("'return' outside function", s.span());
        }
        if (s.value() != null && unit().table.isCoroutine() && unit().table.isGenerator()) {
            throw new CompileError("'return' with value in async generator", s.span());
        }
        Constant constant = s.value() == null ? Constant.NONE : compiler.folder.fold(s.value());
        boolean preserve = constant == null;
        if (preserve) {
            expressions().expression(s.value());
        }
        Handler saved = code().handlers();
        unwind(preserve, Exit.RETURN, s.span());
        compiler.at(s.span());
        if (!preserve) {
            code().emit(Opcode.LOAD_CONST, code().constant(constant));
        }
        code().emit(Opcode.RETURN_VALUE);
        code().restoreHandlers(saved);
    }

    /**
     * Emits the exits of the blocks a jump leaves, innermost first (CPython's
     * {@code compiler_unwind_fblock_stack}). A break or continue stops at the nearest loop and
     * returns it (a break leaves the loop too); a return unwinds every block and returns null.
     * The block stack is the same afterwards: the code after the jump is still inside them.
     */
    private Block unwind(boolean preserve, Exit exit, Span span) throws CompileError {
        List<Block> taken = new ArrayList<>();
        try {
            while (!unit().blocks.isEmpty()) {
                Block top = unit().blocks.peek();
                if (top.kind() == Block.Kind.EXCEPTION_GROUP_HANDLER) {
                    throw new CompileError("'break', 'continue' and 'return' cannot appear in an except* block", span);
                }
                taken.add(unit().blocks.pop());
                if (exit != Exit.RETURN && top.isLoop()) {
                    if (exit == Exit.BREAK) {
                        unwindBlock(top, preserve);
                    }
                    return top;
                }
                unwindBlock(top, preserve);
            }
            return null;
        } finally {
            for (int i = taken.size() - 1; i >= 0; i--) {
                unit().blocks.push(taken.get(i));
            }
        }
    }

    /** What leaving one block takes (CPython's {@code compiler_unwind_fblock}). */
    private void unwindBlock(Block block, boolean preserve) throws CompileError {
        switch (block.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> {
            }
            case FOR_LOOP -> {
                if (preserve) {
                    code().emit(Opcode.SWAP, 2);
                }
                code().emit(Opcode.POP_TOP);
            }
            case TRY_EXCEPT -> code().popHandler();
            case FINALLY_TRY -> {
                code().popHandler();
                if (preserve) {
                    unit().blocks.push(Block.of(Block.Kind.POP_VALUE));
                }
                compiler.statements(block.finalBody());
                if (preserve) {
                    unit().blocks.pop();
                }
            }
            case FINALLY_END -> {
                if (preserve) {
                    code().emit(Opcode.SWAP, 2);
                }
                code().emit(Opcode.POP_TOP);
                if (preserve) {
                    code().emit(Opcode.SWAP, 2);
                }
                code().popHandler();
                code().emit(Opcode.POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                compiler.at(((Stmt) block.datum()).span());
                code().popHandler();
                if (preserve) {
                    code().emit(Opcode.SWAP, 2);
                }
                exitWithNones(block.kind() == Block.Kind.ASYNC_WITH);
                code().emit(Opcode.POP_TOP);
            }
            case HANDLER_CLEANUP -> {
                if (block.datum() != null) {
                    code().popHandler();
                }
                if (preserve) {
                    code().emit(Opcode.SWAP, 2);
                }
                code().popHandler();
                code().emit(Opcode.POP_EXCEPT);
                if (block.datum() != null) {
                    clearName((String) block.datum());
                }
            }
            case POP_VALUE -> {
                if (preserve) {
                    code().emit(Opcode.SWAP, 2);
                }
                code().emit(Opcode.POP_TOP);
            }
        }
    }

    /** {@code exit(None, None, None)} with the bound exit under the stack top, as CPython calls it. */
    private void exitWithNones(boolean async) {
        int none = code().constant(Constant.NONE);
        code().emit(Opcode.LOAD_CONST, none);
        code().emit(Opcode.LOAD_CONST, none);
        code().emit(Opcode.LOAD_CONST, none);
        code().emit(Opcode.CALL, 2);
        if (async) {
            expressions().await(2);
        }
    }

    /** {@code name = None; del name}: the exception name is gone after the handler. */
    private void clearName(String name) {
        code().emit(Opcode.LOAD_CONST, code().constant(Constant.NONE));
        unit().nameOp(name, ExprContext.Store);
        unit().nameOp(name, ExprContext.Del);
    }

    /** The exception handler's tail: restore the previous exception and re-raise (POP_EXCEPT_AND_RERAISE). */
    private void popExceptAndReraise() {
        code().emit(Opcode.COPY, 3);
        code().emit(Opcode.POP_EXCEPT);
        code().emit(Opcode.RERAISE, 1);
    }

    void tryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                      boolean star) throws CompileError {
        if (!finalbody.isEmpty()) {
            tryFinally(body, handlers, orelse, finalbody, star);
        } else if (star) {
            tryExceptStar(body, handlers, orelse);
        } else {
            tryExcept(body, handlers, orelse);
        }
    }

    private void tryFinally(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                            boolean star) throws CompileError {
        Label end = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        Position at = code().position();
        code().pushHandler(Handler.Kind.FINALLY, end);
        unit().blocks.push(new Block(Block.Kind.FINALLY_TRY, null, null, finalbody, null));
        if (!handlers.isEmpty()) {
            if (star) {
                tryExceptStar(body, handlers, orelse);
            } else {
                tryExcept(body, handlers, orelse);
            }
        } else {
            compiler.statements(body);
        }
        code().position(Position.NONE);
        code().popHandler();
        unit().blocks.pop();
        compiler.statements(finalbody);
        code().position(Position.NONE);
        code().jump(Opcode.JUMP, exit);
        code().bind(end);
        code().position(Position.NONE);
        code().pushHandler(Handler.Kind.CLEANUP, cleanup);
        code().emit(Opcode.PUSH_EXC_INFO);
        unit().blocks.push(Block.of(Block.Kind.FINALLY_END));
        compiler.statements(finalbody);
        unit().blocks.pop();
        code().position(Position.NONE);
        code().emit(Opcode.RERAISE, 0);
        code().popHandler();
        code().bind(cleanup);
        popExceptAndReraise();
        code().bind(exit);
        code().position(at);
    }

    /** The body of a try with handlers: run under the handler at {@code except}. */
    private void tryBody(List<Stmt> body, Label except) throws CompileError {
        code().pushHandler(Handler.Kind.FINALLY, except);
        unit().blocks.push(Block.of(Block.Kind.TRY_EXCEPT));
        compiler.statements(body);
        unit().blocks.pop();
        code().position(Position.NONE);
        code().popHandler();
    }

    /** Where the handlers start: the exception becomes the one being handled, under the cleanup handler. */
    private void enterHandlers(Label except, Label cleanup, Block.Kind kind) {
        code().bind(except);
        code().pushHandler(Handler.Kind.CLEANUP, cleanup);
        code().emit(Opcode.PUSH_EXC_INFO);
        unit().blocks.push(Block.of(kind));
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) throws CompileError {
        Label except = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        tryBody(body, except);
        compiler.statements(orelse);
        code().position(Position.NONE);
        code().jump(Opcode.JUMP, end);
        enterHandlers(except, cleanup, Block.Kind.EXCEPTION_HANDLER);
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler handler = handlers.get(i);
            compiler.at(handler.span());
            if (handler.type() == null && i < handlers.size() - 1) {
                throw new CompileError("default 'except:' must be last", handler.span());
            }
            Label next = new Label();
            if (handler.type() != null) {
                expressions().expression(handler.type());
                compiler.at(handler.span());
                code().emit(Opcode.CHECK_EXC_MATCH);
                code().jump(Opcode.POP_JUMP_IF_FALSE, next);
            }
            handlerBody(handler, end);
            code().bind(next);
        }
        code().position(Position.NONE);
        unit().blocks.pop();
        code().emit(Opcode.RERAISE, 0);
        code().popHandler();
        code().bind(cleanup);
        popExceptAndReraise();
        code().bind(end);
    }

    /** One handler's body, with the exception bound to its name (then cleared) or dropped. */
    private void handlerBody(ExceptHandler handler, Label end) throws CompileError {
        Handler saved = code().handlers();
        if (handler.name() != null) {
            Label cleanupEnd = new Label();
            unit().nameOp(handler.name(), ExprContext.Store);
            code().pushHandler(Handler.Kind.CLEANUP, cleanupEnd);
            unit().blocks.push(new Block(Block.Kind.HANDLER_CLEANUP, null, null, null, handler.name()));
            compiler.statements(handler.body());
            unit().blocks.pop();
            code().position(Position.NONE);
            code().popHandler();
            code().popHandler();
            code().emit(Opcode.POP_EXCEPT);
            clearName(handler.name());
            code().jump(Opcode.JUMP, end);
            code().restoreHandlers(saved);
            code().bind(cleanupEnd);
            code().position(Position.NONE);
            clearName(handler.name());
            code().emit(Opcode.RERAISE, 1);
        } else {
            code().emit(Opcode.POP_TOP);
            unit().blocks.push(new Block(Block.Kind.HANDLER_CLEANUP, null, null, null, null));
            compiler.statements(handler.body());
            unit().blocks.pop();
            code().position(Position.NONE);
            code().popHandler();
            code().emit(Opcode.POP_EXCEPT);
            code().jump(Opcode.JUMP, end);
            code().restoreHandlers(saved);
        }
    }

    /**
     * {@code try: ... except* T as e: ...} (CPython 3.11's {@code compiler_try_star_except}): under
     * the original group and a list of what the handlers raise, each handler splits what is left
     * with CHECK_EG_MATCH; PREP_RERAISE_STAR then makes what to re-raise of the unmatched rest and
     * the list.
     */
    private void tryExceptStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse)
            throws CompileError {
        Label except = new Label();
        Label orelseLabel = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        Label reraiseStar = new Label();
        tryBody(body, except);
        code().jump(Opcode.JUMP, orelseLabel);
        enterHandlers(except, cleanup, Block.Kind.EXCEPTION_GROUP_HANDLER);
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler handler = handlers.get(i);
            compiler.at(handler.span());
            Label handled = new Label();
            Label withError = new Label();
            Label noMatch = new Label();
            if (i == 0) {
                code().emit(Opcode.COPY, 1);
                code().emit(Opcode.BUILD_LIST, 0);
                code().emit(Opcode.SWAP, 2);
            }
            if (handler.type() != null) {
                expressions().expression(handler.type());
                compiler.at(handler.span());
                code().emit(Opcode.CHECK_EG_MATCH);
                code().emit(Opcode.COPY, 1);
                code().jump(Opcode.POP_JUMP_IF_NONE, noMatch);
            }
            Handler saved = code().handlers();
            Label cleanupEnd = new Label();
            if (handler.name() != null) {
                unit().nameOp(handler.name(), ExprContext.Store);
            } else {
                code().emit(Opcode.POP_TOP);
            }
            code().pushHandler(Handler.Kind.CLEANUP, cleanupEnd);
            unit().blocks.push(new Block(Block.Kind.HANDLER_CLEANUP, null, null, null, handler.name()));
            compiler.statements(handler.body());
            unit().blocks.pop();
            code().position(Position.NONE);
            code().popHandler();
            if (handler.name() != null) {
                clearName(handler.name());
            }
            code().jump(Opcode.JUMP, handled);
            code().restoreHandlers(saved);
            code().bind(cleanupEnd);
            if (handler.name() != null) {
                clearName(handler.name());
            }
            code().emit(Opcode.LIST_APPEND, 3);
            code().emit(Opcode.POP_TOP);
            code().jump(Opcode.JUMP, withError);
            code().bind(handled);
            code().jump(Opcode.JUMP, withError);
            code().bind(noMatch);
            code().emit(Opcode.POP_TOP);
            code().bind(withError);
            if (i == handlers.size() - 1) {
                code().emit(Opcode.LIST_APPEND, 1);
                code().jump(Opcode.JUMP, reraiseStar);
            }
        }
        code().position(Position.NONE);
        unit().blocks.pop();
        Label reraise = new Label();
        code().bind(reraiseStar);
        code().emit(Opcode.PREP_RERAISE_STAR);
        code().emit(Opcode.COPY, 1);
        code().jump(Opcode.POP_JUMP_IF_NOT_NONE, reraise);
        Handler saved = code().handlers();
        code().emit(Opcode.POP_TOP);
        code().popHandler();
        code().emit(Opcode.POP_EXCEPT);
        code().jump(Opcode.JUMP, end);
        code().restoreHandlers(saved);
        code().bind(reraise);
        code().popHandler();
        code().emit(Opcode.SWAP, 2);
        code().emit(Opcode.POP_EXCEPT);
        code().emit(Opcode.RERAISE, 0);
        code().bind(cleanup);
        popExceptAndReraise();
        code().bind(orelseLabel);
        compiler.statements(orelse);
        code().bind(end);
    }

    /** {@code with a as x, b as y: body}: one manager at a time, each around the rest. */
    void with(List<WithItem> items, int index, List<Stmt> body, Stmt statement, boolean async) throws CompileError {
        if (async && unit().kind != Unit.Kind.ASYNC_FUNCTION) {
            throw new CompileError("'async with' outside async function", statement.span());
        }
        WithItem item = items.get(index);
        Label exit = new Label();
        Label finalLabel = new Label();
        Label cleanup = new Label();
        expressions().expression(item.contextExpr());
        compiler.at(statement.span());
        if (async) {
            code().emit(Opcode.BEFORE_ASYNC_WITH);
            expressions().await(1);
        } else {
            code().emit(Opcode.BEFORE_WITH);
        }
        code().pushHandler(Handler.Kind.WITH, finalLabel);
        unit().blocks.push(new Block(async ? Block.Kind.ASYNC_WITH : Block.Kind.WITH, null, null, null, statement));
        if (item.optionalVars() != null) {
            expressions().target(item.optionalVars());
        } else {
            code().emit(Opcode.POP_TOP);
        }
        if (index + 1 == items.size()) {
            compiler.statements(body);
        } else {
            with(items, index + 1, body, statement, async);
        }
        code().position(Position.NONE);
        code().popHandler();
        unit().blocks.pop();
        compiler.at(statement.span());
        exitWithNones(async);
        code().emit(Opcode.POP_TOP);
        code().jump(Opcode.JUMP, exit);
        code().bind(finalLabel);
        code().pushHandler(Handler.Kind.CLEANUP, cleanup);
        code().emit(Opcode.PUSH_EXC_INFO);
        code().emit(Opcode.WITH_EXCEPT_START);
        if (async) {
            expressions().await(2);
        }
        Label suppress = new Label();
        code().position(Position.NONE);
        code().jump(Opcode.POP_JUMP_IF_TRUE, suppress);
        code().emit(Opcode.RERAISE, 2);
        code().bind(suppress);
        code().emit(Opcode.POP_TOP);
        code().popHandler();
        code().emit(Opcode.POP_EXCEPT);
        code().emit(Opcode.POP_TOP);
        code().emit(Opcode.POP_TOP);
        code().jump(Opcode.JUMP, exit);
        code().bind(cleanup);
        popExceptAndReraise();
        code().bind(exit);
    }
}
