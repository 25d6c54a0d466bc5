package strata.compiler.codegen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import strata.compiler.ast.Alias;
import strata.compiler.ast.Arg;
import strata.compiler.ast.Arguments;
import strata.compiler.ast.Expr;
import strata.compiler.ast.ExprContext;
import strata.compiler.ast.Mod;
import strata.compiler.ast.Node;
import strata.compiler.ast.Span;
import strata.compiler.ast.Stmt;
import strata.compiler.ast.Value;
import strata.compiler.bytecode.MakeFunctionFlag;
import strata.compiler.bytecode.Opcode;
import strata.compiler.code.CodeFlag;
import strata.compiler.code.CodeObject;
import strata.compiler.code.Constant;
import strata.compiler.code.Position;
import strata.compiler.symtable.CompileError;
import strata.compiler.symtable.Scope;
import strata.compiler.symtable.SymbolTable;
import strata.compiler.symtable.SymbolTableBuilder;
import strata.compiler.symtable.SymbolTables;

/**
 * The code generator (CPython 3.11's {@code compile.c}): turns a module's AST and symbol tables
 * into code objects, one per module, class body, function, lambda and comprehension. This class
 * compiles statements and makes the units; {@link ExpressionCompiler} compiles expressions,
 * {@link ControlFlow} the statements that jump and unwind, {@link PatternCompiler} match statements.
 */
public final class Compiler {
    private final String filename;
    final SymbolTables tables;
    final Future future;
    final Folder folder = new Folder();
    private final Deque<Unit> units = new ArrayDeque<>();
    final ExpressionCompiler expressions = new ExpressionCompiler(this);
    final ControlFlow flow = new ControlFlow(this);
    final PatternCompiler patterns = new PatternCompiler(this);

    private Compiler(String filename, SymbolTables tables, Future future) {
        this.filename = filename;
        this.tables = tables;
        this.future = future;
    }

    /** The code object of {@code module}, read from {@code filename}. */
    public static CodeObject compile(Mod.Module module, String filename) throws CompileError {
        Future future = Future.of(module);
        SymbolTables tables = SymbolTableBuilder.build(module, future.annotations());
        Compiler compiler = new Compiler(filename, tables, future);
        return compiler.module(module);
    }

    Unit unit() {
        return units.peek();
    }

    CodeBuilder code() {
        return units.peek().code;
    }

    static Position position(Span span) {
        return new Position(span.lineno(), span.endLineno(), span.colOffset(), span.endColOffset());
    }

    /** Where the instruction emitted next is, as CPython's compiler errors point at "the current location". */
    Span currentSpan() {
        Position p = code().position();
        return new Span(p.line(), p.column(), p.endLine(), p.endColumn());
    }

    void at(Span span) {
        code().position(position(span));
    }

    private CodeObject module(Mod.Module module) throws CompileError {
        Unit unit = new Unit(tables.top(), Unit.Kind.MODULE, "<module>", "<module>", null, 1);
        units.push(unit);
        code().position(new Position(1, 1, 0, 0));
        if (Annotations.present(module.body())) {
            code().emit(Opcode.SETUP_ANNOTATIONS);
        }
        body(module.body(), true);
        code().position(Position.NONE);
        returnNone();
        units.pop();
        return finish(unit, 0, 0, 0);
    }

    /** A module or class body: its docstring becomes {@code __doc__}, then the statements. */
    private void body(List<Stmt> body, boolean storeDocstring) throws CompileError {
        int start = 0;
        String docstring = docstring(body);
        if (docstring != null && storeDocstring) {
            at(body.get(0).span());
            code().emit(Opcode.LOAD_CONST, code().constant(Constant.str(docstring)));
            unit().nameOp("__doc__", ExprContext.Store);
            start = 1;
        }
        statements(body.subList(start, body.size()));
    }

    static String docstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof Value.Str s ? s.value() : null;
    }

    void returnNone() {
        code().emit(Opcode.LOAD_CONST, code().constant(Constant.NONE));
        code().emit(Opcode.RETURN_VALUE);
    }

    private CodeObject finish(Unit unit, int argCount, int posOnly, int kwOnly) {
        int flags = flags(unit.table);
        return unit.code.build(unit.name, unit.qualname, filename, unit.firstLine, argCount, posOnly, kwOnly, flags,
                unit.freevars, unit.cellvars);
    }

    private int flags(SymbolTable table) {
        int flags = 0;
        if (table.type() == SymbolTable.Type.FUNCTION) {
            flags |= CodeFlag.OPTIMIZED.bit() | CodeFlag.NEWLOCALS.bit();
            if (table.isNested()) {
                flags |= CodeFlag.NESTED.bit();
            }
            if (table.isGenerator() && !table.isCoroutine()) {
                flags |= CodeFlag.GENERATOR.bit();
            } else if (!table.isGenerator() && table.isCoroutine()) {
                flags |= CodeFlag.COROUTINE.bit();
            } else if (table.isGenerator()) {
                flags |= CodeFlag.ASYNC_GENERATOR.bit();
            }
            if (table.hasVarargs()) {
                flags |= CodeFlag.VARARGS.bit();
            }
            if (table.hasVarkeywords()) {
                flags |= CodeFlag.VARKEYWORDS.bit();
            }
        }
        if (future.annotations()) {
            flags |= CodeFlag.FUTURE_ANNOTATIONS.bit();
        }
        return flags;
    }

    void statements(List<Stmt> body) throws CompileError {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) throws CompileError {
        at(s.span());
        if (s instanceof Stmt.FunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        } else if (s instanceof Stmt.Return r) {
            flow.returnStatement(r);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr target : d.targets()) {
                expressions.target(target);
            }
        } else if (s instanceof Stmt.Assign a) {
            expressions.expression(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) {
                    code().emit(Opcode.COPY, 1);
                }
                expressions.target(a.targets().get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            expressions.augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            Annotations.annAssign(this, a);
        } else if (s instanceof Stmt.For f) {
            flow.forLoop(f.target(), f.iter(), f.body(), f.orelse(), s.span());
        } else if (s instanceof Stmt.AsyncFor f) {
            flow.asyncForLoop(f.target(), f.iter(), f.body(), f.orelse(), s.span());
        } else if (s instanceof Stmt.While w) {
            flow.whileLoop(w);
        } else if (s instanceof Stmt.If i) {
            flow.ifStatement(i);
        } else if (s instanceof Stmt.With w) {
            flow.with(w.items(), 0, w.body(), s, false);
        } else if (s instanceof Stmt.AsyncWith w) {
            flow.with(w.items(), 0, w.body(), s, true);
        } else if (s instanceof Stmt.Match m) {
            patterns.match(m);
        } else if (s instanceof Stmt.Raise r) {
            int n = 0;
            if (r.exc() != null) {
                expressions.expression(r.exc());
                n++;
                if (r.cause() != null) {
                    expressions.expression(r.cause());
                    n++;
                }
            }
            at(s.span());
            code().emit(Opcode.RAISE_VARARGS, n);
        } else if (s instanceof Stmt.Try t) {
            flow.tryStatement(t.body(), t.handlers(), t.orelse(), t.finalbody(), false);
        } else if (s instanceof Stmt.TryStar t) {
            flow.tryStatement(t.body(), t.handlers(), t.orelse(), t.finalbody(), true);
        } else if (s instanceof Stmt.Assert a) {
            assertStatement(a);
        } else if (s instanceof Stmt.Import i) {
            importStatement(i);
        } else if (s instanceof Stmt.ImportFrom i) {
            importFrom(i);
        } else if (s instanceof Stmt.ExprStmt e) {
            if (e.value() instanceof Expr.Constant) {
                code().emit(Opcode.NOP);
            } else {
                expressions.expression(e.value());
                at(s.span());
                code().emit(Opcode.POP_TOP);
            }
        } else if (s instanceof Stmt.Pass) {
            code().emit(Opcode.NOP);
        } else if (s instanceof Stmt.Break b) {
            flow.breakStatement(b.span());
        } else if (s instanceof Stmt.Continue c) {
            flow.continueStatement(c.span());
        }
    }

    private void assertStatement(Stmt.Assert a) throws CompileError {
        Label end = new Label();
        expressions.jumpIf(a.test(), end, true);
        at(a.span());
        code().emit(Opcode.LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            expressions.expression(a.msg());
            at(a.span());
            code().emit(Opcode.CALL, 0);
        }
        code().emit(Opcode.RAISE_VARARGS, 1);
        code().bind(end);
    }

    private void importStatement(Stmt.Import s) {
        for (Alias alias : s.names()) {
            at(alias.span());
            code().emit(Opcode.LOAD_CONST, code().constant(Constant.integer(0)));
            code().emit(Opcode.LOAD_CONST, code().constant(Constant.NONE));
            code().emit(Opcode.IMPORT_NAME, code().name(alias.name()));
            if (alias.asname() == null) {
                unit().nameOp(alias.name().split("\\.", 2)[0], ExprContext.Store);
                continue;
            }
            String[] parts = alias.name().split("\\.");
            for (int i = 1; i < parts.length; i++) {
                code().emit(Opcode.IMPORT_FROM, code().name(parts[i]));
                if (i < parts.length - 1) {
                    code().emit(Opcode.SWAP, 2);
                    code().emit(Opcode.POP_TOP);
                }
            }
            unit().nameOp(alias.asname(), ExprContext.Store);
            if (parts.length > 1) {
                code().emit(Opcode.POP_TOP);
            }
        }
    }

    private void importFrom(Stmt.ImportFrom s) throws CompileError {
        if ("__future__".equals(s.module()) && s.span().lineno() > future.lastLine()) {
            throw new CompileError("from __future__ imports must occur at the beginning of the file", s.span());
        }
        List<Constant> names = new ArrayList<>();
        for (Alias alias : s.names()) {
            names.add(Constant.str(alias.name()));
        }
        code().emit(Opcode.LOAD_CONST, code().constant(Constant.integer(s.level() == null ? 0 : s.level())));
        code().emit(Opcode.LOAD_CONST, code().constant(new Constant.Tuple(names)));
        code().emit(Opcode.IMPORT_NAME, code().name(s.module() == null ? "" : s.module()));
        for (Alias alias : s.names()) {
            if (alias.name().equals("*")) {
                code().emit(Opcode.IMPORT_STAR);
                return;
            }
            at(alias.span());
            code().emit(Opcode.IMPORT_FROM, code().name(alias.name()));
            unit().nameOp(alias.asname() != null ? alias.asname() : alias.name(), ExprContext.Store);
        }
        code().emit(Opcode.POP_TOP);
    }

    private void function(Node node, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                          Expr returns, boolean async) throws CompileError {
        Span span = ((Stmt) node).span();
        for (Expr decorator : decorators) {
            expressions.expression(decorator);
        }
        int firstLine = decorators.isEmpty() ? span.lineno() : decorators.get(0).span().lineno();
        int flags = defaults(args);
        if (Annotations.function(this, args, returns)) {
            flags |= MakeFunctionFlag.ANNOTATIONS.bit();
        }
        SymbolTable table = tables.of(node);
        Unit unit = enter(table, async ? Unit.Kind.ASYNC_FUNCTION : Unit.Kind.FUNCTION, name, firstLine);
        String docstring = docstring(body);
        code().constant(docstring != null ? Constant.str(docstring) : Constant.NONE);
        prologue(unit);
        statements(docstring != null ? body.subList(1, body.size()) : body);
        code().position(Position.NONE);
        returnNone();
        CodeObject function = leave(unit, args);
        at(span);
        makeFunction(function, flags);
        at(span);
        for (int i = 0; i < decorators.size(); i++) {
            code().emit(Opcode.CALL, 0);
        }
        unit().nameOp(name, ExprContext.Store);
    }

    /** Pushes the defaults tuple and the keyword-only defaults dict; returns the MAKE_FUNCTION bits they set. */
    int defaults(Arguments args) throws CompileError {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr value : args.defaults()) {
                expressions.expression(value);
            }
            code().emit(Opcode.BUILD_TUPLE, args.defaults().size());
            flags |= MakeFunctionFlag.DEFAULTS.bit();
        }
        List<Constant> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr value = args.kwDefaults().get(i);
            if (value != null) {
                keys.add(Constant.str(unit().mangle(args.kwonlyargs().get(i).arg())));
                expressions.expression(value);
            }
        }
        if (!keys.isEmpty()) {
            code().emit(Opcode.LOAD_CONST, code().constant(new Constant.Tuple(keys)));
            code().emit(Opcode.BUILD_CONST_KEY_MAP, keys.size());
            flags |= MakeFunctionFlag.KWDEFAULTS.bit();
        }
        return flags;
    }

    /** Opens the unit of a nested block, named and qualified as CPython's {@code compiler_set_qualname} does. */
    Unit enter(SymbolTable table, Unit.Kind kind, String name, int firstLine) {
        Unit parent = unit();
        String base = null;
        boolean global = false;
        if (kind == Unit.Kind.FUNCTION || kind == Unit.Kind.ASYNC_FUNCTION || kind == Unit.Kind.CLASS) {
            global = parent.table.scope(parent.mangle(name)) == Scope.GLOBAL_EXPLICIT;
        }
        if (!global && parent.kind != Unit.Kind.MODULE) {
            base = parent.kind == Unit.Kind.CLASS || parent.kind == Unit.Kind.COMPREHENSION ? parent.qualname
                    : parent.qualname + ".<locals>";
        }
        String qualname = base == null ? name : base + "." + name;
        String privateName = kind == Unit.Kind.CLASS ? name : parent.privateName;
        Unit unit = new Unit(table, kind, name, qualname, privateName, firstLine);
        units.push(unit);
        return unit;
    }

    /** Cells first: each cell variable gets its cell, a parameter's cell its value; then the closure's cells. */
    void prologue(Unit unit) {
        code().position(new Position(unit.firstLine, unit.firstLine, 0, 0));
        for (int i = 0; i < unit.cellvars.size(); i++) {
            code().emit(Opcode.MAKE_CELL, i);
        }
        if (!unit.freevars.isEmpty()) {
            code().emit(Opcode.COPY_FREE_VARS, unit.freevars.size());
        }
        for (int i = 0; i < unit.cellvars.size(); i++) {
            if (unit.table.parameters().contains(unit.cellvars.get(i))) {
                code().emit(Opcode.LOAD_FAST, code().varname(unit.cellvars.get(i)));
                code().emit(Opcode.STORE_DEREF, i);
            }
        }
        if (unit.table.isGenerator() || unit.table.isCoroutine()) {
            code().emit(Opcode.RETURN_GENERATOR);
        }
    }

    CodeObject leave(Unit unit, Arguments args) {
        units.pop();
        int posOnly = args == null ? 0 : args.posonlyargs().size();
        int argCount = args == null ? (unit.kind == Unit.Kind.COMPREHENSION ? 1 : 0) : posOnly + args.args().size();
        int kwOnly = args == null ? 0 : args.kwonlyargs().size();
        return finish(unit, argCount, posOnly, kwOnly);
    }

    /** Pushes the closure tuple if {@code code} has free variables, the code, and MAKE_FUNCTION. */
    void makeFunction(CodeObject function, int flags) {
        if (!function.freevars().isEmpty()) {
            for (String name : function.freevars()) {
                Unit unit = unit();
                boolean classCell = unit.kind == Unit.Kind.CLASS && name.equals("__class__");
                int index = classCell || unit.table.scope(name) == Scope.CELL ? unit.cellvars.indexOf(name)
                        : unit.cellvars.size() + unit.freevars.indexOf(name);
                if (index < 0 || (!classCell && unit.table.scope(name) != Scope.CELL
                        && unit.freevars.indexOf(name) < 0)) {
                    throw new IllegalStateException("no cell for free variable " + name + " of " + function.name());
                }
                code().emit(Opcode.LOAD_CLOSURE, index);
            }
            code().emit(Opcode.BUILD_TUPLE, function.freevars().size());
            flags |= MakeFunctionFlag.CLOSURE.bit();
        }
        code().emit(Opcode.LOAD_CONST, code().constant(function));
        code().emit(Opcode.MAKE_FUNCTION, flags);
    }

    private void classDef(Stmt.ClassDef c) throws CompileError {
        for (Expr decorator : c.decoratorList()) {
            expressions.expression(decorator);
        }
        int firstLine = c.decoratorList().isEmpty() ? c.span().lineno() : c.decoratorList().get(0).span().lineno();
        Unit unit = enter(tables.of(c), Unit.Kind.CLASS, c.name(), firstLine);
        prologue(unit);
        at(c.span());
        code().emit(Opcode.LOAD_NAME, code().name("__name__"));
        code().emit(Opcode.STORE_NAME, code().name("__module__"));
        code().emit(Opcode.LOAD_CONST, code().constant(Constant.str(unit.qualname)));
        code().emit(Opcode.STORE_NAME, code().name("__qualname__"));
        if (Annotations.present(c.body())) {
            code().emit(Opcode.SETUP_ANNOTATIONS);
        }
        body(c.body(), true);
        code().position(Position.NONE);
        if (unit.table.needsClassClosure()) {
            code().emit(Opcode.LOAD_CLOSURE, 0);
            code().emit(Opcode.COPY, 1);
            code().emit(Opcode.STORE_NAME, code().name("__classcell__"));
            code().emit(Opcode.RETURN_VALUE);
        } else {
            returnNone();
        }
        CodeObject body = leave(unit, null);
        at(c.span());
        code().emit(Opcode.PUSH_NULL);
        code().emit(Opcode.LOAD_BUILD_CLASS);
        makeFunction(body, 0);
        code().emit(Opcode.LOAD_CONST, code().constant(Constant.str(c.name())));
        expressions.callArguments(c.bases(), c.keywords(), 2, c.span());
        at(c.span());
        for (int i = 0; i < c.decoratorList().size(); i++) {
            code().emit(Opcode.CALL, 0);
        }
        unit().nameOp(c.name(), ExprContext.Store);
    }

    /** Compiles a lambda: a function whose body is one expression, returned. */
    void lambda(Expr.Lambda l) throws CompileError {
        int flags = defaults(l.args());
        Unit unit = enter(tables.of(l), Unit.Kind.LAMBDA, "<lambda>", l.span().lineno());
        code().constant(Constant.NONE);
        prologue(unit);
        expressions.expression(l.body());
        at(l.body().span());
        code().emit(Opcode.RETURN_VALUE);
        CodeObject function = leave(unit, l.args());
        at(l.span());
        makeFunction(function, flags);
    }

    /** The parameters of a lambda or function, for annotation lists. */
    static List<Arg> allArgs(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        return all;
    }
}
