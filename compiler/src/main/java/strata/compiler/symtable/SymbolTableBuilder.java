package strata.compiler.symtable;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import strata.compiler.ast.Alias;
import strata.compiler.ast.Arg;
import strata.compiler.ast.Arguments;
import strata.compiler.ast.Children;
import strata.compiler.ast.Comprehension;
import strata.compiler.ast.ExceptHandler;
import strata.compiler.ast.Expr;
import strata.compiler.ast.ExprContext;
import strata.compiler.ast.Keyword;
import strata.compiler.ast.MatchCase;
import strata.compiler.ast.Mod;
import strata.compiler.ast.Node;
import strata.compiler.ast.Pattern;
import strata.compiler.ast.Span;
import strata.compiler.ast.Stmt;
import strata.compiler.ast.WithItem;

/**
 * The first pass of CPython's {@code symtable.c}: walks a module's AST, opens a block for each
 * class, function, lambda and comprehension, and records what each block does with each name.
 * {@link Analyzer} then decides every name's scope. Errors are CPython's, with its messages.
 */
public final class SymbolTableBuilder {
    private final Deque<SymbolTable> stack = new ArrayDeque<>();
    private final Map<Node, SymbolTable> byNode = new IdentityHashMap<>();
    private final Map<SymbolTable, String> classNames = new IdentityHashMap<>();
    private final boolean futureAnnotations;
    private SymbolTable current;
    private String privateName;

    private SymbolTableBuilder(boolean futureAnnotations) {
        this.futureAnnotations = futureAnnotations;
    }

    /** The analysed symbol tables of a module. */
    public static SymbolTables build(Mod.Module module, boolean futureAnnotations) throws CompileError {
        SymbolTableBuilder builder = new SymbolTableBuilder(futureAnnotations);
        SymbolTable top = new SymbolTable(SymbolTable.Type.MODULE, "top", 0);
        builder.current = top;
        builder.stack.push(top);
        builder.statements(module.body());
        Analyzer.analyze(top);
        return new SymbolTables(top, builder.byNode);
    }

    private void enter(SymbolTable.Type type, String name, Node node, int lineno) {
        SymbolTable table = new SymbolTable(type, name, lineno);
        SymbolTable previous = current;
        table.nested = previous.nested || previous.type() == SymbolTable.Type.FUNCTION;
        previous.children().add(table);
        byNode.put(node, table);
        stack.push(table);
        current = table;
    }

    private void exit() {
        stack.pop();
        current = stack.peek();
    }

    private void define(String name, int flag, Span span) throws CompileError {
        defineIn(current, name, flag, span);
    }

    private void defineIn(SymbolTable table, String name, int flag, Span span) throws CompileError {
        String mangled = Mangling.mangle(privateName, name);
        int old = table.flags(mangled);
        if ((flag & Flag.PARAM) != 0 && (old & Flag.PARAM) != 0) {
            throw new CompileError("duplicate argument '" + mangled + "' in function definition", span);
        }
        int flags = old | flag;
        if (table.compIterTarget) {
            if ((flags & (Flag.GLOBAL | Flag.NONLOCAL)) != 0) {
                throw new CompileError("comprehension inner loop cannot rebind assignment expression target '"
                        + mangled + "'", span);
            }
            flags |= Flag.COMP_ITER;
        }
        table.flags().put(mangled, flags);
        if ((flag & Flag.PARAM) != 0) {
            table.parameters().add(mangled);
        }
        if ((flag & Flag.GLOBAL) != 0) {
            SymbolTable top = stack.getLast();
            top.flags().put(mangled, top.flags(mangled) | flag);
        }
    }

    private void statements(List<Stmt> body) throws CompileError {
        for (Stmt statement : body) {
            statement(statement);
        }
    }

    private void statement(Stmt s) throws CompileError {
        if (s instanceof Stmt.FunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false, f.span());
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true, f.span());
        } else if (s instanceof Stmt.ClassDef c) {
            define(c.name(), Flag.LOCAL, c.span());
            expressions(c.bases());
            for (Keyword keyword : c.keywords()) {
                expression(keyword.value());
            }
            expressions(c.decoratorList());
            String outerPrivate = privateName;
            enter(SymbolTable.Type.CLASS, c.name(), c, c.span().lineno());
            privateName = c.name();
            statements(c.body());
            privateName = outerPrivate;
            exit();
        } else if (s instanceof Stmt.Return r) {
            optional(r.value());
        } else if (s instanceof Stmt.Delete d) {
            expressions(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            expressions(a.targets());
            expression(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            expression(a.target());
            expression(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.For f) {
            expression(f.target());
            expression(f.iter());
            statements(f.body());
            statements(f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            expression(f.target());
            expression(f.iter());
            statements(f.body());
            statements(f.orelse());
        } else if (s instanceof Stmt.While w) {
            expression(w.test());
            statements(w.body());
            statements(w.orelse());
        } else if (s instanceof Stmt.If i) {
            expression(i.test());
            statements(i.body());
            statements(i.orelse());
        } else if (s instanceof Stmt.With w) {
            withItems(w.items());
            statements(w.body());
        } else if (s instanceof Stmt.AsyncWith w) {
            withItems(w.items());
            statements(w.body());
        } else if (s instanceof Stmt.Match m) {
            expression(m.subject());
            for (MatchCase c : m.cases()) {
                pattern(c.pattern());
                optional(c.guard());
                statements(c.body());
            }
        } else if (s instanceof Stmt.Raise r) {
            optional(r.exc());
            optional(r.cause());
        } else if (s instanceof Stmt.Try t) {
            tryStatement(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.TryStar t) {
            tryStatement(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            expression(a.test());
            optional(a.msg());
        } else if (s instanceof Stmt.Import i) {
            imports(i.names());
        } else if (s instanceof Stmt.ImportFrom i) {
            imports(i.names());
        } else if (s instanceof Stmt.Global g) {
            declare(g.names(), Flag.GLOBAL, "global", g.span());
        } else if (s instanceof Stmt.Nonlocal n) {
            declare(n.names(), Flag.NONLOCAL, "nonlocal", n.span());
        } else if (s instanceof Stmt.ExprStmt e) {
            expression(e.value());
        }
    }

    private void function(Node node, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                          Expr returns, boolean async, Span span) throws CompileError {
        define(name, Flag.LOCAL, span);
        expressions(args.defaults());
        for (Expr value : args.kwDefaults()) {
            optional(value);
        }
        annotations(args, returns);
        expressions(decorators);
        enter(SymbolTable.Type.FUNCTION, name, node, span.lineno());
        current.coroutine = async;
        parameters(args);
        statements(body);
        exit();
    }

    private void parameters(Arguments args) throws CompileError {
        for (Arg arg : args.posonlyargs()) {
            define(arg.arg(), Flag.PARAM, arg.span());
        }
        for (Arg arg : args.args()) {
            define(arg.arg(), Flag.PARAM, arg.span());
        }
        for (Arg arg : args.kwonlyargs()) {
            define(arg.arg(), Flag.PARAM, arg.span());
        }
        if (args.vararg() != null) {
            define(args.vararg().arg(), Flag.PARAM, args.vararg().span());
            current.varargs = true;
        }
        if (args.kwarg() != null) {
            define(args.kwarg().arg(), Flag.PARAM, args.kwarg().span());
            current.varkeywords = true;
        }
    }

    /** Argument and return annotations are evaluated in the enclosing block. */
    private void annotations(Arguments args, Expr returns) throws CompileError {
        for (List<Arg> group : List.of(args.posonlyargs(), args.args(), args.kwonlyargs())) {
            for (Arg arg : group) {
                annotation(arg.annotation());
            }
        }
        if (args.vararg() != null) {
            annotation(args.vararg().annotation());
        }
        if (args.kwarg() != null) {
            annotation(args.kwarg().annotation());
        }
        annotation(returns);
    }

    /**
     * With {@code from __future__ import annotations} an annotation becomes a string: its names
     * are used nowhere, but CPython 3.11 still rejects a yield, await or walrus in it.
     */
    private void annotation(Expr annotation) throws CompileError {
        if (annotation == null) {
            return;
        }
        if (!futureAnnotations) {
            expression(annotation);
            return;
        }
        Expr bad = forbiddenInAnnotation(annotation);
        if (bad != null) {
            String what = bad instanceof Expr.NamedExpr ? "named expression"
                    : bad instanceof Expr.Await ? "await expression" : "yield expression";
            throw new CompileError("'" + what + "' can not be used within an annotation", bad.span());
        }
    }

    /** The first yield, await or walrus of an annotation outside nested scopes, or null. */
    private static Expr forbiddenInAnnotation(Node node) {
        if (node instanceof Expr.NamedExpr || node instanceof Expr.Await || node instanceof Expr.Yield
                || node instanceof Expr.YieldFrom) {
            return (Expr) node;
        }
        if (node instanceof Expr.Lambda || node instanceof Expr.ListComp || node instanceof Expr.SetComp
                || node instanceof Expr.DictComp || node instanceof Expr.GeneratorExp) {
            return null;
        }
        Expr[] found = new Expr[1];
        Children.forEach(node, child -> {
            if (found[0] == null) {
                found[0] = forbiddenInAnnotation(child);
            }
        });
        return found[0];
    }

    private void annAssign(Stmt.AnnAssign a) throws CompileError {
        if (a.target() instanceof Expr.Name name) {
            int old = current.flags(Mangling.mangle(privateName, name.id()));
            if ((old & (Flag.GLOBAL | Flag.NONLOCAL)) != 0 && current.type() != SymbolTable.Type.MODULE
                    && a.simple() != 0) {
                throw new CompileError("annotated name '" + name.id() + "' can't be "
                        + ((old & Flag.GLOBAL) != 0 ? "global" : "nonlocal"), a.span());
            }
            if (a.simple() != 0) {
                define(name.id(), Flag.ANNOT | Flag.LOCAL, name.span());
            } else if (a.value() != null) {
                define(name.id(), Flag.LOCAL, name.span());
            }
        } else {
            expression(a.target());
        }
        annotation(a.annotation());
        optional(a.value());
    }

    private void declare(List<String> names, int flag, String word, Span span) throws CompileError {
        for (String name : names) {
            int old = current.flags(Mangling.mangle(privateName, name));
            if ((old & (Flag.PARAM | Flag.LOCAL | Flag.USE | Flag.ANNOT)) != 0) {
                String message;
                if ((old & Flag.PARAM) != 0) {
                    message = "name '" + name + "' is parameter and " + word;
                } else if ((old & Flag.USE) != 0) {
                    message = "name '" + name + "' is used prior to " + word + " declaration";
                } else if ((old & Flag.ANNOT) != 0) {
                    message = "annotated name '" + name + "' can't be " + word;
                } else {
                    message = "name '" + name + "' is assigned to before " + word + " declaration";
                }
                throw new CompileError(message, span);
            }
            define(name, flag, span);
            current.directives.put(Mangling.mangle(privateName, name), span);
            if (flag == Flag.NONLOCAL && current.type() == SymbolTable.Type.MODULE) {
                throw new CompileError("nonlocal declaration not allowed at module level", span);
            }
        }
    }

    private void imports(List<Alias> names) throws CompileError {
        for (Alias alias : names) {
            if (alias.name().equals("*")) {
                if (current.type() != SymbolTable.Type.MODULE) {
                    throw new CompileError("import * only allowed at module level", alias.span());
                }
                continue;
            }
            String bound = alias.asname() != null ? alias.asname() : alias.name().split("\\.", 2)[0];
            define(bound, Flag.IMPORT, alias.span());
        }
    }

    private void tryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                              List<Stmt> finalbody) throws CompileError {
        statements(body);
        statements(orelse);
        for (ExceptHandler handler : handlers) {
            optional(handler.type());
            if (handler.name() != null) {
                define(handler.name(), Flag.LOCAL, handler.span());
            }
            statements(handler.body());
        }
        statements(finalbody);
    }

    private void withItems(List<WithItem> items) throws CompileError {
        for (WithItem item : items) {
            expression(item.contextExpr());
            optional(item.optionalVars());
        }
    }

    private void pattern(Pattern p) throws CompileError {
        if (p instanceof Pattern.MatchValue v) {
            expression(v.value());
        } else if (p instanceof Pattern.MatchSequence s) {
            for (Pattern sub : s.patterns()) {
                pattern(sub);
            }
        } else if (p instanceof Pattern.MatchStar s) {
            if (s.name() != null) {
                define(s.name(), Flag.LOCAL, s.span());
            }
        } else if (p instanceof Pattern.MatchMapping m) {
            expressions(m.keys());
            for (Pattern sub : m.patterns()) {
                pattern(sub);
            }
            if (m.rest() != null) {
                define(m.rest(), Flag.LOCAL, m.span());
            }
        } else if (p instanceof Pattern.MatchClass c) {
            expression(c.cls());
            for (Pattern sub : c.patterns()) {
                pattern(sub);
            }
            for (Pattern sub : c.kwdPatterns()) {
                pattern(sub);
            }
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) {
                pattern(a.pattern());
            }
            if (a.name() != null) {
                define(a.name(), Flag.LOCAL, a.span());
            }
        } else if (p instanceof Pattern.MatchOr o) {
            for (Pattern sub : o.patterns()) {
                pattern(sub);
            }
        }
    }

    private void optional(Expr e) throws CompileError {
        if (e != null) {
            expression(e);
        }
    }

    private void expressions(List<Expr> list) throws CompileError {
        for (Expr e : list) {
            expression(e);
        }
    }

    private void expression(Expr e) throws CompileError {
        if (e instanceof Expr.Name n) {
            define(n.id(), n.ctx() == ExprContext.Load ? Flag.USE : Flag.LOCAL, n.span());
            if (n.ctx() == ExprContext.Load && current.type() == SymbolTable.Type.FUNCTION && n.id().equals("super")) {
                define("__class__", Flag.USE, n.span());
            }
        } else if (e instanceof Expr.NamedExpr n) {
            namedExpr(n);
        } else if (e instanceof Expr.BoolOp b) {
            expressions(b.values());
        } else if (e instanceof Expr.BinOp b) {
            expression(b.left());
            expression(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expression(u.operand());
        } else if (e instanceof Expr.Lambda l) {
            expressions(l.args().defaults());
            for (Expr value : l.args().kwDefaults()) {
                optional(value);
            }
            enter(SymbolTable.Type.FUNCTION, "lambda", l, l.span().lineno());
            parameters(l.args());
            expression(l.body());
            exit();
        } else if (e instanceof Expr.IfExp i) {
            expression(i.test());
            expression(i.body());
            expression(i.orelse());
        } else if (e instanceof Expr.Dict d) {
            for (Expr key : d.keys()) {
                optional(key);
            }
            expressions(d.values());
        } else if (e instanceof Expr.Set s) {
            expressions(s.elts());
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, "listcomp", c.generators(), c.elt(), null, false);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, "setcomp", c.generators(), c.elt(), null, false);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, "dictcomp", c.generators(), c.key(), c.value(), false);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, "genexpr", c.generators(), c.elt(), null, true);
        } else if (e instanceof Expr.Await a) {
            expression(a.value());
            if (current.comprehension) {
                current.coroutine = true;
            }
        } else if (e instanceof Expr.Yield y) {
            yieldInside(e);
            optional(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            yieldInside(e);
            expression(y.value());
        } else if (e instanceof Expr.Compare c) {
            expression(c.left());
            expressions(c.comparators());
        } else if (e instanceof Expr.Call c) {
            expression(c.func());
            expressions(c.args());
            for (Keyword keyword : c.keywords()) {
                expression(keyword.value());
            }
        } else if (e instanceof Expr.FormattedValue f) {
            expression(f.value());
            optional(f.formatSpec());
        } else if (e instanceof Expr.JoinedStr j) {
            expressions(j.values());
        } else if (e instanceof Expr.Attribute a) {
            expression(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expression(s.value());
            expression(s.slice());
        } else if (e instanceof Expr.Starred s) {
            expression(s.value());
        } else if (e instanceof Expr.List l) {
            expressions(l.elts());
        } else if (e instanceof Expr.Tuple t) {
            expressions(t.elts());
        } else if (e instanceof Expr.Slice s) {
            optional(s.lower());
            optional(s.upper());
            optional(s.step());
        }
    }

    /**
     * A comprehension is a function of its own: its first iterable is evaluated outside and passed
     * as the parameter {@code .0}; the rest is inside.
     */
    private void comprehension(Expr node, String name, List<Comprehension> generators, Expr element, Expr value,
                               boolean generatorExpression) throws CompileError {
        Comprehension first = generators.get(0);
        current.compIterExpr++;
        expression(first.iter());
        current.compIterExpr--;
        enter(SymbolTable.Type.FUNCTION, name, node, node.span().lineno());
        current.comprehension = true;
        if (first.isAsync() != 0) {
            current.coroutine = true;
        }
        if (generatorExpression) {
            current.generator = true;
        }
        define(".0", Flag.PARAM, node.span());
        current.compIterTarget = true;
        expression(first.target());
        current.compIterTarget = false;
        expressions(first.ifs());
        for (Comprehension generator : generators.subList(1, generators.size())) {
            current.compIterTarget = true;
            expression(generator.target());
            current.compIterTarget = false;
            current.compIterExpr++;
            expression(generator.iter());
            current.compIterExpr--;
            expressions(generator.ifs());
            if (generator.isAsync() != 0) {
                current.coroutine = true;
            }
        }
        if (value != null) {
            expression(value);
        }
        expression(element);
        exit();
    }

    /** A yield makes its function a generator; a comprehension cannot hold one. */
    private void yieldInside(Expr e) throws CompileError {
        if (current.comprehension) {
            String kind = switch (current.name()) {
                case "listcomp" -> "list comprehension";
                case "setcomp" -> "set comprehension";
                case "dictcomp" -> "dict comprehension";
                default -> "generator expression";
            };
            throw new CompileError("'yield' inside " + kind, e.span());
        }
        current.generator = true;
    }

    /** The target of a walrus in a comprehension binds in the nearest enclosing function or module. */
    private void namedExpr(Expr.NamedExpr n) throws CompileError {
        if (current.compIterExpr > 0) {
            throw new CompileError("assignment expression cannot be used in a comprehension iterable expression",
                    n.span());
        }
        if (current.comprehension && n.target() instanceof Expr.Name target) {
            extendNamedExprScope(target);
        }
        expression(n.value());
        expression(n.target());
    }

    private void extendNamedExprScope(Expr.Name target) throws CompileError {
        String name = target.id();
        for (SymbolTable table : stack) {
            if (table.comprehension) {
                if ((table.flags(name) & Flag.COMP_ITER) != 0) {
                    throw new CompileError("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", target.span());
                }
                continue;
            }
            if (table.type() == SymbolTable.Type.FUNCTION) {
                define(name, (table.flags(name) & Flag.GLOBAL) != 0 ? Flag.GLOBAL : Flag.NONLOCAL, target.span());
                current.directives.put(name, target.span());
                defineIn(table, name, Flag.LOCAL, target.span());
                return;
            }
            if (table.type() == SymbolTable.Type.MODULE) {
                define(name, Flag.GLOBAL, target.span());
                current.directives.put(name, target.span());
                defineIn(table, name, Flag.GLOBAL, target.span());
                return;
            }
            throw new CompileError("assignment expression within a comprehension cannot be used in a class body",
                    target.span());
        }
    }
}
