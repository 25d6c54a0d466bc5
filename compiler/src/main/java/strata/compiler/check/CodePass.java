package strata.compiler.check;

import java.util.List;
import strata.compiler.ast.Arg;
import strata.compiler.ast.Children;
import strata.compiler.ast.Expr;
import strata.compiler.ast.ExprContext;
import strata.compiler.ast.Node;
import strata.compiler.ast.Stmt;

/**
 * The checks CPython makes while generating code, in its order: statement by statement, a
 * function's body when its def is reached, an assignment's value before its targets.
 */
final class CodePass {

    /** Where the code being checked runs. */
    enum Context { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA }

    private final Checks checks;

    CodePass(Checks checks) {
        this.checks = checks;
    }

    void statements(List<Stmt> body, Context context) {
        Frame frame = new Frame(context, false);
        for (Stmt stmt : body) {
            frame.visit(stmt, 0);
        }
    }

    /** One code object being checked: its context and whether it is an async generator. */
    private final class Frame {
        private final Context context;
        private final boolean asyncGenerator;

        Frame(Context context, boolean asyncGenerator) {
            this.context = context;
            this.asyncGenerator = asyncGenerator;
        }

        private boolean inFunction() {
            return context == Context.FUNCTION || context == Context.ASYNC_FUNCTION || context == Context.LAMBDA;
        }

        /** {@code loops}: how many loops enclose the node in this code object. */
        void visit(Node node, int loops) {
            if (node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef) {
                function((Stmt) node);
            } else if (node instanceof Stmt.ClassDef c) {
                c.decoratorList().forEach(d -> visit(d, loops));
                elements(c.bases(), loops);
                c.keywords().forEach(k -> visit(k, loops));
                Frame body = new Frame(Context.CLASS, false);
                c.body().forEach(s -> body.visit(s, 0));
            } else if (node instanceof Expr.Lambda l) {
                Children.forEach(l.args(), a -> visit(a, loops));
                new Frame(Context.LAMBDA, false).visit(l.body(), 0);
            } else if (node instanceof Arg arg && arg.annotation() instanceof Expr.Starred star) {
                visit(star.value(), loops);
            } else if (!statement(node, loops) && !expression(node, loops)) {
                Children.forEach(node, child -> visit(child, loops));
            }
        }

        private void function(Stmt def) {
            boolean async = def instanceof Stmt.AsyncFunctionDef;
            Stmt.FunctionDef f = def instanceof Stmt.FunctionDef d ? d : null;
            Stmt.AsyncFunctionDef a = f == null ? (Stmt.AsyncFunctionDef) def : null;
            List<Expr> decorators = f != null ? f.decoratorList() : a.decoratorList();
            List<Stmt> body = f != null ? f.body() : a.body();
            decorators.forEach(d -> visit(d, 0));
            Children.forEach(f != null ? f.args() : a.args(), arg -> visit(arg, 0));
            Frame inner = new Frame(async ? Context.ASYNC_FUNCTION : Context.FUNCTION, async && yields(body));
            body.forEach(s -> inner.visit(s, 0));
        }

        /** The statement checks; true if the node was a statement handled here. */
        private boolean statement(Node node, int loops) {
            if (node instanceof Stmt.Return r) {
                if (!inFunction()) {
                    throw checks.error(r, "'return' outside function");
                }
                if (asyncGenerator && r.value() != null) {
                    throw checks.error(r, "'return' with value in async generator");
                }
                return false;
            }
            if (node instanceof Stmt.Break b && loops == 0) {
                throw checks.error(b, "'break' outside loop");
            }
            if (node instanceof Stmt.Continue c && loops == 0) {
                throw checks.error(c, "'continue' not properly in loop");
            }
            if (node instanceof Stmt.Assign a) {
                visit(a.value(), loops);
                a.targets().forEach(t -> target(t, loops));
                return true;
            }
            if (node instanceof Stmt.For || node instanceof Stmt.AsyncFor || node instanceof Stmt.While) {
                loop(node, loops);
                return true;
            }
            return false;
        }

        /** A loop's body is in the loop; its else clause is not. */
        private void loop(Node node, int loops) {
            if (node instanceof Stmt.While w) {
                visit(w.test(), loops);
                w.body().forEach(s -> visit(s, loops + 1));
                w.orelse().forEach(s -> visit(s, loops));
                return;
            }
            boolean async = node instanceof Stmt.AsyncFor;
            Stmt.For f = async ? null : (Stmt.For) node;
            Stmt.AsyncFor a = async ? (Stmt.AsyncFor) node : null;
            visit(async ? a.iter() : f.iter(), loops);
            target(async ? a.target() : f.target(), loops);
            (async ? a.body() : f.body()).forEach(s -> visit(s, loops + 1));
            (async ? a.orelse() : f.orelse()).forEach(s -> visit(s, loops));
        }

        /** An assignment target: a starred one must be inside a tuple or list, one star per level. */
        private void target(Expr target, int loops) {
            if (target instanceof Expr.Starred s) {
                throw checks.error(s, "starred assignment target must be in a list or tuple");
            }
            List<Expr> elts = target instanceof Expr.Tuple t ? t.elts() : target instanceof Expr.List l ? l.elts() : null;
            if (elts == null) {
                visit(target, loops);
                return;
            }
            if (elts.stream().filter(e -> e instanceof Expr.Starred).count() > 1) {
                throw checks.error(target, "multiple starred expressions in assignment");
            }
            for (Expr elt : elts) {
                target(elt instanceof Expr.Starred s ? s.value() : elt, loops);
            }
        }

        /** The expression checks; true if the node was handled here, children included. */
        private boolean expression(Node node, int loops) {
            if (Checks.isDebug(node)) {
                Expr.Name name = (Expr.Name) node;
                throw checks.error(name, name.ctx() == ExprContext.Del ? "cannot delete __debug__"
                        : "cannot assign to __debug__");
            }
            if ((node instanceof Expr.Yield || node instanceof Expr.YieldFrom) && !inFunction()) {
                throw checks.error((Expr) node, "'yield' outside function");
            }
            if (node instanceof Expr.Await a) {
                if (!inFunction()) {
                    throw checks.error(a, "'await' outside function");
                }
                if (context != Context.ASYNC_FUNCTION) {
                    throw checks.error(a, "'await' outside async function");
                }
            }
            if (node instanceof Expr.Starred s && s.ctx() == ExprContext.Load) {
                throw checks.error(s, "can't use starred expression here");
            }
            if (node instanceof Expr.Call c) {
                Checks.keywords(checks, c.keywords());
                visit(c.func(), loops);
                elements(c.args(), loops);
                c.keywords().forEach(k -> visit(k, loops));
                return true;
            }
            List<Expr> elts = node instanceof Expr.Tuple t ? t.elts() : node instanceof Expr.List l ? l.elts()
                    : node instanceof Expr.Set s ? s.elts() : null;
            if (elts != null) {
                elements(elts, loops);
                return true;
            }
            if (Checks.comprehensionKind(node) != null) {
                comprehension(node, loops);
                return true;
            }
            return false;
        }

        /** Elements where a starred expression may stand: displays, call arguments, class bases. */
        private void elements(List<Expr> elts, int loops) {
            for (Expr elt : elts) {
                visit(elt instanceof Expr.Starred s ? s.value() : elt, loops);
            }
        }

        /**
         * A comprehension is a function of its own (loops outside it do not count), async if it
         * uses {@code async for} or await; outside an async function only a generator expression may be.
         */
        private void comprehension(Node node, int loops) {
            boolean async = Checks.generators(node).stream().anyMatch(g -> g.isAsync() == 1) || awaits(node);
            if (async && context != Context.ASYNC_FUNCTION && !(node instanceof Expr.GeneratorExp)) {
                throw checks.error((Expr) node, "asynchronous comprehension outside of an asynchronous function");
            }
            visit(Checks.generators(node).get(0).iter(), loops);
            Frame inner = new Frame(async || context == Context.ASYNC_FUNCTION ? Context.ASYNC_FUNCTION
                    : Context.FUNCTION, false);
            Children.forEach(node, child -> {
                if (child != Checks.generators(node).get(0)) {
                    inner.visit(child, 0);
                }
            });
            Checks.generators(node).get(0).ifs().forEach(i -> inner.visit(i, 0));
            inner.visit(Checks.generators(node).get(0).target(), 0);
        }
    }

    /** True if a function body yields (not counting nested functions and classes). */
    private static boolean yields(List<Stmt> body) {
        boolean[] found = {false};
        body.forEach(s -> findYield(s, found));
        return found[0];
    }

    private static void findYield(Node node, boolean[] found) {
        if (node instanceof Expr.Yield || node instanceof Expr.YieldFrom) {
            found[0] = true;
        } else if (!(node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef
                || node instanceof Stmt.ClassDef || node instanceof Expr.Lambda)) {
            Children.forEach(node, child -> findYield(child, found));
        }
    }

    /** True if a comprehension awaits outside its first iterable (which runs in the enclosing code). */
    private static boolean awaits(Node comprehension) {
        boolean[] found = {false};
        Children.forEach(comprehension, child -> {
            if (child != Checks.generators(comprehension).get(0)) {
                findAwait(child, found);
            }
        });
        Checks.generators(comprehension).get(0).ifs().forEach(i -> findAwait(i, found));
        return found[0];
    }

    private static void findAwait(Node node, boolean[] found) {
        if (node instanceof Expr.Await) {
            found[0] = true;
        } else if (!(node instanceof Expr.Lambda) && Checks.comprehensionKind(node) == null) {
            Children.forEach(node, child -> findAwait(child, found));
        }
    }
}
