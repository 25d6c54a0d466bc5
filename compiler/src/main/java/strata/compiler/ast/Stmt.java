package strata.compiler.ast;

import java.util.List;

/** ASDL {@code stmt}: the statements. */
public sealed interface Stmt extends Located {

    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
            String typeComment, Span span) implements Stmt {
    }

    record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
            String typeComment, Span span) implements Stmt {
    }

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
            List<Expr> decoratorList, Span span) implements Stmt {
    }

    record Return(Expr value, Span span) implements Stmt {
    }

    record Delete(List<Expr> targets, Span span) implements Stmt {
    }

    record Assign(List<Expr> targets, Expr value, String typeComment, Span span) implements Stmt {
    }

    record AugAssign(Expr target, Operator op, Expr value, Span span) implements Stmt {
    }

    /** {@code simple} is 1 for a bare name target written without parentheses, else 0. */
    record AnnAssign(Expr target, Expr annotation, Expr value, int simple, Span span) implements Stmt {
    }

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment, Span span)
            implements Stmt {
    }

    record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment, Span span)
            implements Stmt {
    }

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {
    }

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {
    }

    record With(List<WithItem> items, List<Stmt> body, String typeComment, Span span) implements Stmt {
    }

    record AsyncWith(List<WithItem> items, List<Stmt> body, String typeComment, Span span) implements Stmt {
    }

    record Match(Expr subject, List<MatchCase> cases, Span span) implements Stmt {
    }

    record Raise(Expr exc, Expr cause, Span span) implements Stmt {
    }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Span span)
            implements Stmt {
    }

    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
            Span span) implements Stmt {
    }

    record Assert(Expr test, Expr msg, Span span) implements Stmt {
    }

    record Import(List<Alias> names, Span span) implements Stmt {
    }

    /** {@code level} is the number of leading dots; CPython's parser always sets it. */
    record ImportFrom(String module, List<Alias> names, Integer level, Span span) implements Stmt {
    }

    record Global(List<String> names, Span span) implements Stmt {
    }

    record Nonlocal(List<String> names, Span span) implements Stmt {
    }

    /** An expression used as a statement (ASDL {@code Expr}). */
    @AsdlName("Expr")
    record ExprStmt(Expr value, Span span) implements Stmt {
    }

    record Pass(Span span) implements Stmt {
    }

    record Break(Span span) implements Stmt {
    }

    record Continue(Span span) implements Stmt {
    }
}
