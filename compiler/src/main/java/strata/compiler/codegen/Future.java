package strata.compiler.codegen;

import java.util.List;
import java.util.Set;
import strata.compiler.ast.Alias;
import strata.compiler.ast.Expr;
import strata.compiler.ast.Mod;
import strata.compiler.ast.Stmt;
import strata.compiler.ast.Value;
import strata.compiler.symtable.CompileError;

/**
 * The {@code from __future__ import} statements at the start of a module (CPython's
 * {@code future.c}): which features they turn on, and the errors for an unknown feature.
 * Only {@code annotations} changes what Strata compiles; the others are accepted as CPython 3.11
 * accepts them, mandatory features that change nothing.
 */
public record Future(boolean annotations, int lastLine) {
    private static final Set<String> FEATURES = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    /** The features of {@code module}. */
    public static Future of(Mod.Module module) throws CompileError {
        List<Stmt> body = module.body();
        int start = !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof Value.Str ? 1 : 0;
        boolean annotations = false;
        int lastLine = 0;
        boolean done = false;
        int previousLine = 0;
        for (Stmt s : body.subList(start, body.size())) {
            int line = s.span().lineno();
            if (done && line > previousLine) {
                break;
            }
            previousLine = line;
            if (s instanceof Stmt.ImportFrom i && "__future__".equals(i.module())) {
                if (done) {
                    throw new CompileError("from __future__ imports must occur at the beginning of the file", s.span());
                }
                for (Alias alias : i.names()) {
                    if (alias.name().equals("braces")) {
                        throw new CompileError("not a chance", s.span());
                    }
                    if (!FEATURES.contains(alias.name())) {
                        throw new CompileError("future feature " + alias.name() + " is not defined", s.span());
                    }
                    annotations |= alias.name().equals("annotations");
                }
                lastLine = line;
            } else {
                done = true;
            }
        }
        return new Future(annotations, lastLine);
    }
}
