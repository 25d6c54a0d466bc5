package strata.compiler.codegen;

import java.util.List;
import strata.compiler.ast.Arg;
import strata.compiler.ast.Arguments;
import strata.compiler.ast.ExceptHandler;
import strata.compiler.ast.Expr;
import strata.compiler.ast.Stmt;
import strata.compiler.bytecode.Opcode;
import strata.compiler.code.Constant;
import strata.compiler.symtable.CompileError;

/**
 * Annotations, as CPython 3.11 compiles them: a module or class body with an annotated assignment
 * gets {@code __annotations__} (SETUP_ANNOTATIONS) and each simple {@code name: T} stores T there;
 * a function's annotations become a tuple of name, value pairs for MAKE_FUNCTION. Under
 * {@code from __future__ import annotations} each annotation is its source text instead
 * ({@link Unparser}).
 */
final class Annotations {
    private Annotations() {
    }

    /** CPython's {@code find_ann}: an annotated assignment anywhere in the body, outside nested scopes. */
    static boolean present(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found;
            if (s instanceof Stmt.AnnAssign) {
                found = true;
            } else if (s instanceof Stmt.For f) {
                found = present(f.body()) || present(f.orelse());
            } else if (s instanceof Stmt.AsyncFor f) {
                found = present(f.body()) || present(f.orelse());
            } else if (s instanceof Stmt.While w) {
                found = present(w.body()) || present(w.orelse());
            } else if (s instanceof Stmt.If i) {
                found = present(i.body()) || present(i.orelse());
            } else if (s instanceof Stmt.With w) {
                found = present(w.body());
            } else if (s instanceof Stmt.AsyncWith w) {
                found = present(w.body());
            } else if (s instanceof Stmt.Try t) {
                found = handlers(t.handlers()) || present(t.body()) || present(t.finalbody()) || present(t.orelse());
            } else if (s instanceof Stmt.TryStar t) {
                found = handlers(t.handlers()) || present(t.body()) || present(t.finalbody()) || present(t.orelse());
            } else {
                found = false;
            }
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlers(List<ExceptHandler> handlers) {
        return handlers.stream().anyMatch(handler -> present(handler.body()));
    }

    /** Pushes a function's annotations tuple if it has any; true if it did. */
    static boolean function(Compiler compiler, Arguments args, Expr returns) throws CompileError {
        int n = 0;
        n += list(compiler, args.args());
        n += list(compiler, args.posonlyargs());
        n += one(compiler, args.vararg());
        n += list(compiler, args.kwonlyargs());
        n += one(compiler, args.kwarg());
        if (returns != null) {
            n += pair(compiler, "return", returns);
        }
        if (n > 0) {
            compiler.code().emit(Opcode.BUILD_TUPLE, n);
        }
        return n > 0;
    }

    private static int list(Compiler compiler, List<Arg> args) throws CompileError {
        int n = 0;
        for (Arg arg : args) {
            n += one(compiler, arg);
        }
        return n;
    }

    private static int one(Compiler compiler, Arg arg) throws CompileError {
        return arg == null || arg.annotation() == null ? 0 : pair(compiler, arg.arg(), arg.annotation());
    }

    private static int pair(Compiler compiler, String name, Expr annotation) throws CompileError {
        CodeBuilder code = compiler.code();
        code.emit(Opcode.LOAD_CONST, code.constant(Constant.str(compiler.unit().mangle(name))));
        if (compiler.future.annotations()) {
            code.emit(Opcode.LOAD_CONST, code.constant(Constant.str(Unparser.unparse(annotation))));
        } else if (annotation instanceof Expr.Starred starred) {
            compiler.expressions.expression(starred.value());
            code.emit(Opcode.UNPACK_SEQUENCE, 1);
        } else {
            compiler.expressions.expression(annotation);
        }
        return 2;
    }

    /** {@code target: annotation [= value]}. */
    static void annAssign(Compiler compiler, Stmt.AnnAssign a) throws CompileError {
        CodeBuilder code = compiler.code();
        Unit unit = compiler.unit();
        if (a.value() != null) {
            compiler.expressions.expression(a.value());
            compiler.expressions.target(a.target());
        }
        boolean namespace = unit.kind == Unit.Kind.MODULE || unit.kind == Unit.Kind.CLASS;
        if (a.target() instanceof Expr.Name name) {
            if (a.simple() != 0 && namespace) {
                compiler.at(a.span());
                value(compiler, a.annotation());
                code.emit(Opcode.LOAD_NAME, code.name("__annotations__"));
                code.emit(Opcode.LOAD_CONST, code.constant(Constant.str(unit.mangle(name.id()))));
                code.emit(Opcode.STORE_SUBSCR);
            }
        } else if (a.value() == null) {
            if (a.target() instanceof Expr.Attribute attribute) {
                check(compiler, attribute.value());
            } else if (a.target() instanceof Expr.Subscript subscript) {
                check(compiler, subscript.value());
                if (subscript.slice() instanceof Expr.Slice slice) {
                    for (Expr part : new Expr[] {slice.lower(), slice.upper(), slice.step()}) {
                        if (part != null) {
                            check(compiler, part);
                        }
                    }
                } else {
                    check(compiler, subscript.slice());
                }
            }
        }
        if (a.simple() == 0 && !compiler.future.annotations() && namespace) {
            check(compiler, a.annotation());
        }
    }

    private static void value(Compiler compiler, Expr annotation) throws CompileError {
        if (compiler.future.annotations()) {
            compiler.code().emit(Opcode.LOAD_CONST, compiler.code().constant(Constant.str(Unparser.unparse(annotation))));
        } else {
            compiler.expressions.expression(annotation);
        }
    }

    /** Evaluates an expression for its errors only, as CPython's {@code check_ann_expr}. */
    private static void check(Compiler compiler, Expr e) throws CompileError {
        compiler.expressions.expression(e);
        compiler.code().emit(Opcode.POP_TOP);
    }
}
