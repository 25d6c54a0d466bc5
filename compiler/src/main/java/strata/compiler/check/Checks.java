package strata.compiler.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import strata.compiler.ast.Arg;
import strata.compiler.ast.Arguments;
import strata.compiler.ast.Children;
import strata.compiler.ast.Comprehension;
import strata.compiler.ast.Expr;
import strata.compiler.ast.ExprContext;
import strata.compiler.ast.Keyword;
import strata.compiler.ast.Located;
import strata.compiler.ast.Mod;
import strata.compiler.ast.Node;
import strata.compiler.ast.Span;
import strata.compiler.ast.Stmt;
import strata.compiler.error.ErrorKind;
import strata.compiler.error.PythonSyntaxError;
import strata.compiler.token.Source;

/**
 * The SyntaxErrors CPython 3.11 raises after parsing, when it compiles a module, that need the
 * tree but no symbol table: {@code 'return' outside function}, {@code 'break' outside loop},
 * {@code 'yield'}/{@code 'await'} where they cannot be, duplicate arguments, {@code nonlocal} at
 * module level, starred assignment targets, repeated keyword arguments, assignment to
 * {@code __debug__}. CPython finds the symbol-table ones (duplicates, nonlocal, yield in a
 * comprehension) in a first pass over the whole module, the others while generating code; so does
 * this class, and the first error found is raised. {@code ast.parse} raises none of them.
 */
public final class Checks {

    private final Source source;

    private Checks(Source source) {
        this.source = source;
    }

    /** Raises the first compile-time error of {@code module}, if it has one. */
    public static void check(Mod.Module module, Source source) {
        Checks checks = new Checks(source);
        new ScopePass(checks).statements(module.body());
        new CodePass(checks).statements(module.body(), CodePass.Context.MODULE);
    }

    PythonSyntaxError error(Located node, String message) {
        Span span = node.span();
        int line = span.lineno();
        int offset = source.charCol(line, indexOf(line, span.colOffset())) + 1;
        int endOffset = source.charCol(span.endLineno(), indexOf(span.endLineno(), span.endColOffset())) + 1;
        return new PythonSyntaxError(ErrorKind.SyntaxError, message, line, offset, span.endLineno(), endOffset,
                source.lineText(line));
    }

    /** The character index of UTF-8 byte column {@code col} on {@code line}. */
    private int indexOf(int line, int col) {
        int index = source.lineStart(line);
        while (index < source.length() && source.byteCol(line, index) < col) {
            index++;
        }
        return index;
    }

    /** The parameters of a def or lambda, in the order CPython's symbol table adds them (*args after the keyword-only). */
    static List<Arg> parameters(Arguments args) {
        List<Arg> all = new java.util.ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        all.addAll(args.kwonlyargs());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        return all;
    }

    /** The symbol-table pass: scopes only. */
    private record ScopePass(Checks checks) {

        void statements(List<Stmt> body) {
            for (Stmt stmt : body) {
                visit(stmt, Scope.MODULE);
            }
        }

        private enum Scope { MODULE, FUNCTION, CLASS, COMPREHENSION }

        private void visit(Node node, Scope scope) {
            if (node instanceof Stmt.Nonlocal && scope == Scope.MODULE) {
                throw checks.error((Located) node, "nonlocal declaration not allowed at module level");
            }
            Arguments args = node instanceof Stmt.FunctionDef f ? f.args() : node instanceof Stmt.AsyncFunctionDef f
                    ? f.args() : node instanceof Expr.Lambda l ? l.args() : null;
            if (args != null) {
                Set<String> names = new HashSet<>();
                for (Arg arg : parameters(args)) {
                    if (!names.add(arg.arg())) {
                        throw checks.error(arg, "duplicate argument '" + arg.arg() + "' in function definition");
                    }
                }
            }
            if (comprehensionKind(node) != null) {
                comprehension(node, scope);
                return;
            }
            Scope inner = node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef
                    || node instanceof Expr.Lambda ? Scope.FUNCTION : node instanceof Stmt.ClassDef ? Scope.CLASS : scope;
            Children.forEach(node, child -> visit(child, inner));
        }

        /** The first iterable is evaluated outside the comprehension; the rest inside, where yield is refused. */
        private void comprehension(Node node, Scope scope) {
            List<Comprehension> generators = generators(node);
            visit(generators.get(0).iter(), scope);
            Checker inside = new Checker(checks, comprehensionKind(node));
            for (int i = 0; i < generators.size(); i++) {
                Comprehension generator = generators.get(i);
                inside.walk(generator.target());
                if (i > 0) {
                    inside.walk(generator.iter());
                }
                generator.ifs().forEach(inside::walk);
            }
            if (node instanceof Expr.DictComp d) {
                inside.walk(d.key());
                inside.walk(d.value());
            } else {
                inside.walk(element(node));
            }
        }

        /** Inside a comprehension: yield is an error; nested scopes are checked as scopes of their own. */
        private record Checker(Checks checks, String kind) {
            void walk(Node node) {
                if (node instanceof Expr.Yield || node instanceof Expr.YieldFrom) {
                    throw checks.error((Located) node, "'yield' inside " + kind);
                }
                if (comprehensionKind(node) != null || node instanceof Expr.Lambda) {
                    new ScopePass(checks).visit(node, Scope.COMPREHENSION);
                    return;
                }
                Children.forEach(node, this::walk);
            }
        }
    }

    static String comprehensionKind(Node node) {
        return node instanceof Expr.ListComp ? "list comprehension" : node instanceof Expr.SetComp
                ? "set comprehension" : node instanceof Expr.DictComp ? "dict comprehension"
                : node instanceof Expr.GeneratorExp ? "generator expression" : null;
    }

    static List<Comprehension> generators(Node node) {
        if (node instanceof Expr.ListComp c) {
            return c.generators();
        }
        if (node instanceof Expr.SetComp c) {
            return c.generators();
        }
        if (node instanceof Expr.DictComp c) {
            return c.generators();
        }
        return ((Expr.GeneratorExp) node).generators();
    }

    static Expr element(Node node) {
        if (node instanceof Expr.ListComp c) {
            return c.elt();
        }
        if (node instanceof Expr.SetComp c) {
            return c.elt();
        }
        return ((Expr.GeneratorExp) node).elt();
    }

    static void keywords(Checks checks, List<Keyword> keywords) {
        Set<String> seen = new HashSet<>();
        for (Keyword keyword : keywords) {
            if (keyword.arg() != null && !seen.add(keyword.arg())) {
                throw checks.error(keyword, "keyword argument repeated: " + keyword.arg());
            }
        }
    }

    static boolean isDebug(Node node) {
        return node instanceof Expr.Name name && name.id().equals("__debug__") && name.ctx() != ExprContext.Load;
    }
}
