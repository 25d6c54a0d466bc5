package strata.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import strata.compiler.ast.Alias;
import strata.compiler.ast.Arguments;
import strata.compiler.ast.ExceptHandler;
import strata.compiler.ast.Expr;
import strata.compiler.ast.ExprContext;
import strata.compiler.ast.Keyword;
import strata.compiler.ast.MatchCase;
import strata.compiler.ast.Mod;
import strata.compiler.ast.Operator;
import strata.compiler.ast.Pattern;
import strata.compiler.ast.Span;
import strata.compiler.ast.Stmt;
import strata.compiler.ast.UnaryOperator;
import strata.compiler.ast.Value;
import strata.compiler.ast.WithItem;
import strata.compiler.error.ErrorKind;
import strata.compiler.error.PythonSyntaxError;
import strata.compiler.token.Source;
import strata.compiler.token.Token;
import strata.compiler.token.TokenKind;

/**
 * The statement rules of CPython 3.11's grammar: simple statements (assignments of every kind are
 * read as expressions first, then turned into targets), compound statements and their blocks,
 * with the "expected ':'" and "expected an indented block" errors CPython gives for them.
 */
class StatementParser extends ExpressionParser {

    private final Patterns patterns = new Patterns(this);
    /** {@code match x} then a newline: "expected ':'", unless the line is a statement after all ({@code match(x)}). */
    private PythonSyntaxError matchWithoutColon;

    StatementParser(Source source, List<Token> tokens) {
        super(source, tokens);
    }

    /** {@code file}: the statements of a module, up to ENDMARKER. */
    final Mod.Module file() {
        List<Stmt> body = new ArrayList<>();
        while (!at(TokenKind.ENDMARKER)) {
            statement(body);
        }
        return new Mod.Module(body, List.of());
    }

    private void statement(List<Stmt> out) {
        Token token = peek();
        if (token.kind() == TokenKind.NAME) {
            Stmt compound = switch (token.text()) {
                case "def", "class", "if", "while", "for", "with", "try" -> compound(token);
                case "async" -> peek(1).is("def") || peek(1).is("for") || peek(1).is("with") ? compound(token) : null;
                case "match" -> match();
                default -> null;
            };
            if (compound != null) {
                out.add(compound);
                return;
            }
            if (matchWithoutColon != null) {
                PythonSyntaxError error = matchWithoutColon;
                matchWithoutColon = null;
                try {
                    simpleStatements(out);
                    return;
                } catch (Mismatch e) {
                    throw error;
                }
            }
        } else if (token.is("@")) {
            out.add(decorated());
            return;
        }
        simpleStatements(out);
    }

    private Stmt compound(Token token) {
        return switch (token.text()) {
            case "def" -> function(List.of(), null);
            case "class" -> classDef(List.of());
            case "if" -> ifStatement();
            case "while" -> whileStatement();
            case "for" -> forStatement(null);
            case "with" -> withStatement(null);
            case "try" -> tryStatement();
            default -> {
                Token async = take();
                yield peek().is("def") ? function(List.of(), async) : peek().is("for") ? forStatement(async)
                        : withStatement(async);
            }
        };
    }

    /** {@code simple_stmts}: simple statements separated by semicolons, ending with NEWLINE. */
    private void simpleStatements(List<Stmt> out) {
        do {
            if (at(TokenKind.NEWLINE)) {
                break;
            }
            out.add(simpleStatement());
        } while (accept(";"));
        expect(TokenKind.NEWLINE);
    }

    private Stmt simpleStatement() {
        Token first = peek();
        if (first.kind() == TokenKind.NAME) {
            switch (first.text()) {
                case "pass" -> {
                    take();
                    return new Stmt.Pass(from(first));
                }
                case "break" -> {
                    take();
                    return new Stmt.Break(from(first));
                }
                case "continue" -> {
                    take();
                    return new Stmt.Continue(from(first));
                }
                case "return" -> {
                    take();
                    Expr value = startsExpression() ? starExpressions() : null;
                    return new Stmt.Return(value, from(first));
                }
                case "raise" -> {
                    return raise();
                }
                case "global", "nonlocal" -> {
                    return names();
                }
                case "del" -> {
                    return delete();
                }
                case "assert" -> {
                    take();
                    Expr test = expression();
                    Expr msg = accept(",") ? expression() : null;
                    return new Stmt.Assert(test, msg, from(first));
                }
                case "import" -> {
                    return importNames();
                }
                case "from" -> {
                    return importFrom();
                }
                default -> {
                }
            }
        }
        return assignmentOrExpression(first);
    }

    private Stmt raise() {
        Token first = take();
        if (!startsExpression()) {
            return new Stmt.Raise(null, null, from(first));
        }
        Expr exc = expression();
        Expr cause = accept("from") ? expression() : null;
        return new Stmt.Raise(exc, cause, from(first));
    }

    private Stmt names() {
        Token first = take();
        List<String> names = new ArrayList<>();
        do {
            names.add(name().text());
        } while (accept(","));
        return first.is("global") ? new Stmt.Global(names, from(first)) : new Stmt.Nonlocal(names, from(first));
    }

    private Stmt delete() {
        Token first = take();
        List<Expr> targets = new ArrayList<>();
        do {
            if (at(TokenKind.NEWLINE) || at(";")) {
                break;
            }
            targets.add(Targets.delete(this, starExpression()));
        } while (accept(","));
        if (targets.isEmpty()) {
            throw Mismatch.INSTANCE;
        }
        return new Stmt.Delete(targets, from(first));
    }

    private Stmt importNames() {
        Token first = take();
        List<Alias> names = new ArrayList<>();
        do {
            Token start = peek();
            String name = dottedName();
            String asname = accept("as") ? name().text() : null;
            names.add(new Alias(name, asname, from(start)));
        } while (accept(","));
        return new Stmt.Import(names, from(first));
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(name().text());
        while (accept(".")) {
            name.append('.').append(name().text());
        }
        return name.toString();
    }

    private Stmt importFrom() {
        Token first = take();
        int level = 0;
        while (at(".") || at("...")) {
            level += take().text().length();
        }
        String module = level == 0 || !at("import") ? dottedName() : null;
        expect("import");
        List<Alias> names = new ArrayList<>();
        if (at("*")) {
            Token star = take();
            names.add(new Alias("*", null, from(star)));
        } else {
            boolean parenthesized = accept("(");
            do {
                if (parenthesized && at(")")) {
                    break;
                }
                if (!parenthesized && !names.isEmpty() && at(TokenKind.NEWLINE)) {
                    throw errorAtFurthest(ErrorKind.SyntaxError,
                            "trailing comma not allowed without surrounding parentheses");
                }
                Token start = peek();
                String name = name().text();
                String asname = accept("as") ? name().text() : null;
                names.add(new Alias(name, asname, from(start)));
            } while (accept(","));
            if (parenthesized) {
                expect(")");
            }
        }
        return new Stmt.ImportFrom(module, names, level, from(first));
    }

    /** Expression statements and the assignments: {@code =} chains, annotated and augmented. */
    private Stmt assignmentOrExpression(Token first) {
        Expr expr = at("yield") ? yieldExpression() : starExpressions();
        if (at(":")) {
            return annotated(first, expr);
        }
        if (at("=")) {
            List<Expr> targets = new ArrayList<>();
            Expr value = expr;
            while (accept("=")) {
                targets.add(value);
                value = at("yield") ? yieldExpression() : starExpressions();
            }
            List<Expr> stored = new ArrayList<>(targets.size());
            for (Expr target : targets) {
                stored.add(assignTarget(target, targets.size() == 1 && !(value instanceof Expr.Yield)
                        && !(value instanceof Expr.YieldFrom)));
            }
            return new Stmt.Assign(stored, value, null, from(first));
        }
        Operator op = augmented(peek());
        if (op != null) {
            if (!(expr instanceof Expr.Name || expr instanceof Expr.Attribute || expr instanceof Expr.Subscript)) {
                throw errorAt(expr, "'" + Targets.describe(expr) + "' is an illegal expression for augmented assignment");
            }
            take();
            Expr value = at("yield") ? yieldExpression() : starExpressions();
            return new Stmt.AugAssign(Targets.store(this, expr), op, value, from(first));
        }
        if (expr instanceof Expr.Name name && (name.id().equals("print") || name.id().equals("exec"))
                && startsExpression() && !at("(")) {
            Expr rest = starExpressions();
            throw errorRange(expr, rest, "Missing parentheses in call to '" + name.id() + "'. Did you mean "
                    + name.id() + "(...)?");
        }
        return new Stmt.ExprStmt(expr, from(first));
    }

    /**
     * A target of {@code =}. With a single {@code =}, CPython words a non-target that stands right
     * before it (alone, or last of a tuple) as a likely mistyped comparison.
     */
    private Expr assignTarget(Expr target, boolean single) {
        if (single && target instanceof Expr.Tuple tuple && !tuple.elts().isEmpty()
                && tuple.span().colOffset() == tuple.elts().get(0).span().colOffset()
                && tuple.span().lineno() == tuple.elts().get(0).span().lineno()) {
            Expr last = tuple.elts().get(tuple.elts().size() - 1);
            if (!Targets.isTarget(last)) {
                assignTarget(last, true);
            }
        }
        if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
            throw errorAt(target, "assignment to yield expression not possible");
        }
        boolean literalName = target instanceof Expr.Constant c
                && (c.value() instanceof Value.None || c.value() instanceof Value.Bool);
        // CPython's rule reads the target as a bitwise_or: comparisons, not, and/or, if-else do not qualify
        boolean bitwiseOr = !(target instanceof Expr.Compare || target instanceof Expr.BoolOp
                || target instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not
                || target instanceof Expr.IfExp || target instanceof Expr.Lambda || target instanceof Expr.NamedExpr);
        if (single && bitwiseOr && !Targets.isTarget(target) && !(target instanceof Expr.Tuple)
                && !(target instanceof Expr.List) && !(target instanceof Expr.GeneratorExp) && !literalName) {
            throw errorAt(target, "cannot assign to " + Targets.describe(target)
                    + " here. Maybe you meant '==' instead of '='?");
        }
        return Targets.store(this, target);
    }

    private Stmt annotated(Token first, Expr target) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)
                && !annotationFollows()) {
            throw Mismatch.INSTANCE;
        }
        if (target instanceof Expr.Tuple tuple && !first.is("(")) {
            throw errorAt(tuple.elts().get(0), "only single target (not tuple) can be annotated");
        }
        if (target instanceof Expr.Tuple || target instanceof Expr.List) {
            throw errorAt(target, "only single target (not " + Targets.describe(target) + ") can be annotated");
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw errorAt(target, "illegal target for annotation");
        }
        take();
        Expr annotation = expression();
        Expr value = null;
        if (accept("=")) {
            value = at("yield") ? yieldExpression() : starExpressions();
        }
        int simple = target instanceof Expr.Name && !first.is("(") ? 1 : 0;
        return new Stmt.AnnAssign(Targets.store(this, target), annotation, value, simple, from(first));
    }

    /**
     * CPython words a bad annotation target only when an expression follows the colon; else the
     * error is a plain "invalid syntax" at the colon, so the look ahead is forgotten.
     */
    private boolean annotationFollows() {
        int mark = pos;
        int reached = furthest;
        try {
            take();
            expression();
            return true;
        } catch (Mismatch e) {
            furthest = reached;
            return false;
        } finally {
            pos = mark;
        }
    }

    private static Operator augmented(Token token) {
        if (token.kind() != TokenKind.OP || !token.text().endsWith("=") || token.text().length() < 2) {
            return null;
        }
        return switch (token.text()) {
            case "+=" -> Operator.Add;
            case "-=" -> Operator.Sub;
            case "*=" -> Operator.Mult;
            case "@=" -> Operator.MatMult;
            case "/=" -> Operator.Div;
            case "%=" -> Operator.Mod;
            case "&=" -> Operator.BitAnd;
            case "|=" -> Operator.BitOr;
            case "^=" -> Operator.BitXor;
            case "<<=" -> Operator.LShift;
            case ">>=" -> Operator.RShift;
            case "**=" -> Operator.Pow;
            case "//=" -> Operator.FloorDiv;
            default -> null;
        };
    }

    // Compound statements.

    /**
     * {@code block} after a header's colon: an indented suite or simple statements on the same
     * line. {@code what} names the header in the IndentationError for a missing suite.
     */
    private List<Stmt> block(String what, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (!accept(TokenKind.NEWLINE)) {
            simpleStatements(body);
            return body;
        }
        if (!at(TokenKind.INDENT)) {
            throw errorAtFurthest(ErrorKind.IndentationError,
                    "expected an indented block after " + what + " on line " + header.line());
        }
        take();
        while (!accept(TokenKind.DEDENT)) {
            statement(body);
        }
        return body;
    }

    private boolean accept(TokenKind kind) {
        if (at(kind)) {
            take();
            return true;
        }
        return false;
    }

    /** The colon ending a header; a line ending there instead is "expected ':'". */
    private void colon() {
        if (at(TokenKind.NEWLINE)) {
            throw errorAtFurthest(ErrorKind.SyntaxError, "expected ':'");
        }
        expect(":");
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept("@")) {
            decorators.add(namedExpression());
            expect(TokenKind.NEWLINE);
        }
        if (at("class")) {
            return classDef(decorators);
        }
        Token async = at("async") ? take() : null;
        return function(decorators, async);
    }

    private Stmt function(List<Expr> decorators, Token async) {
        Token def = expect("def");
        Token first = async != null ? async : def;
        String name = name().text();
        force("(");
        Arguments args = parameters.parse(false);
        expect(")");
        Expr returns = accept("->") ? expression() : null;
        force(":");
        List<Stmt> body = block("function definition", def);
        Span span = from(first);
        return async != null ? new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, null, span)
                : new Stmt.FunctionDef(name, args, body, decorators, returns, null, span);
    }

    private Stmt classDef(List<Expr> decorators) {
        Token first = take();
        String name = name().text();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (at("(")) {
            Expr.Call call = (Expr.Call) call(null, first);
            bases = call.args();
            keywords = call.keywords();
        }
        colon();
        List<Stmt> body = block("class definition", first);
        return new Stmt.ClassDef(name, bases, keywords, body, decorators, from(first));
    }

    private Stmt ifStatement() {
        Token first = take();
        Expr test = namedExpression();
        colon();
        List<Stmt> body = block("'" + first.text() + "' statement", first);
        List<Stmt> orelse = List.of();
        if (at("elif")) {
            orelse = List.of(ifStatement());
        } else if (at("else")) {
            orelse = elseBlock();
        }
        return new Stmt.If(test, body, orelse, from(first));
    }

    private List<Stmt> elseBlock() {
        Token keyword = take();
        force(":");
        return block("'else' statement", keyword);
    }

    private Stmt whileStatement() {
        Token first = take();
        Expr test = namedExpression();
        colon();
        List<Stmt> body = block("'while' statement", first);
        List<Stmt> orelse = at("else") ? elseBlock() : List.of();
        return new Stmt.While(test, body, orelse, from(first));
    }

    private Stmt forStatement(Token async) {
        Token keyword = expect("for");
        Token first = async != null ? async : keyword;
        Expr target = starTargets();
        expect("in");
        Expr iter = starExpressions();
        colon();
        List<Stmt> body = block("'for' statement", keyword);
        List<Stmt> orelse = at("else") ? elseBlock() : List.of();
        Span span = from(first);
        return async != null ? new Stmt.AsyncFor(target, iter, body, orelse, null, span)
                : new Stmt.For(target, iter, body, orelse, null, span);
    }

    private Stmt withStatement(Token async) {
        Token keyword = expect("with");
        Token first = async != null ? async : keyword;
        List<WithItem> items = parenthesizedWithItems();
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(","));
        }
        colon();
        List<Stmt> body = block("'with' statement", keyword);
        Span span = from(first);
        return async != null ? new Stmt.AsyncWith(items, body, null, span) : new Stmt.With(items, body, null, span);
    }

    /** {@code with (a as b, c):} — tried first, as in CPython; null if the parentheses are an expression's. */
    private List<WithItem> parenthesizedWithItems() {
        if (!at("(")) {
            return null;
        }
        int mark = pos;
        try {
            take();
            List<WithItem> items = new ArrayList<>();
            do {
                if (at(")")) {
                    break;
                }
                items.add(withItem());
            } while (accept(","));
            expect(")");
            if (at(":")) {
                return items;
            }
        } catch (Mismatch e) {
            // Not a parenthesized list of items: read the parentheses as part of an expression.
        }
        pos = mark;
        return null;
    }

    private WithItem withItem() {
        Expr context = expression();
        if (accept("as")) {
            Expr target = starTargetAlone();
            return new WithItem(context, target);
        }
        return new WithItem(context, null);
    }

    /** {@code star_target} followed by {@code ,} {@code )} or {@code :}, as a with item's target is. */
    private Expr starTargetAlone() {
        Expr target = Targets.store(this, at("*") ? starExpression() : primary());
        if (!at(",") && !at(")") && !at(":")) {
            throw Mismatch.INSTANCE;
        }
        return target;
    }

    private Stmt tryStatement() {
        Token first = take();
        force(":");
        List<Stmt> body = block("'try' statement", first);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (at("except")) {
            Token except = take();
            boolean isStar = accept("*");
            if (star != null && star != isStar) {
                throw errorAt(except, last(), "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = isStar;
            handlers.add(handler(except, isStar));
        }
        List<Stmt> orelse = !handlers.isEmpty() && at("else") ? elseBlock() : List.of();
        List<Stmt> finalbody = List.of();
        if (at("finally")) {
            Token keyword = take();
            force(":");
            finalbody = block("'finally' statement", keyword);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAtFurthest(ErrorKind.SyntaxError, "expected 'except' or 'finally' block");
        }
        Span span = from(first);
        return Boolean.TRUE.equals(star) ? new Stmt.TryStar(body, handlers, orelse, finalbody, span)
                : new Stmt.Try(body, handlers, orelse, finalbody, span);
    }

    private ExceptHandler handler(Token except, boolean star) {
        Expr type = null;
        String name = null;
        if (!at(":")) {
            if (star && (at(TokenKind.NEWLINE))) {
                throw errorAtFurthest(ErrorKind.SyntaxError, "expected one or more exception types");
            }
            if (!at(TokenKind.NEWLINE)) {
                type = expression();
                if (at(",")) {
                    take();
                    starExpressions();
                    if (accept("as")) {
                        name();
                    }
                    peek();
                    throw errorFrom(type, "multiple exception types must be parenthesized");
                }
                if (accept("as")) {
                    name = name().text();
                }
            }
        }
        colon();
        List<Stmt> body = block("'except" + (star ? "*" : "") + "' statement", except);
        return new ExceptHandler(type, name, body, from(except));
    }

    /** {@code match} is a soft keyword: if what follows is no match statement, it is a name. */
    private Stmt match() {
        int mark = pos;
        Token first = take();
        try {
            Expr subject = subject();
            if (at(TokenKind.NEWLINE)) {
                matchWithoutColon = errorAtFurthest(ErrorKind.SyntaxError, "expected ':'");
                pos = mark;
                return null;
            }
            expect(":");
            expect(TokenKind.NEWLINE);
            if (!at(TokenKind.INDENT)) {
                throw errorAtFurthest(ErrorKind.IndentationError,
                        "expected an indented block after 'match' statement on line " + first.line());
            }
            take();
            List<MatchCase> cases = new ArrayList<>();
            do {
                cases.add(caseBlock());
            } while (!accept(TokenKind.DEDENT));
            return new Stmt.Match(subject, cases, from(first));
        } catch (Mismatch e) {
            if (pos > mark + 2 && tokens.get(mark + 1).kind() != TokenKind.OP) {
                throw e;
            }
            pos = mark;
            return null;
        }
    }

    private Expr subject() {
        Token first = peek();
        Expr expr = starNamedExpression();
        if (!at(",")) {
            if (expr instanceof Expr.Starred) {
                throw Mismatch.INSTANCE;
            }
            return expr;
        }
        List<Expr> elts = new ArrayList<>(List.of(expr));
        while (accept(",") && !at(":")) {
            elts.add(starNamedExpression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, from(first));
    }

    private MatchCase caseBlock() {
        Token keyword = peek();
        if (!keyword.is("case")) {
            throw Mismatch.INSTANCE;
        }
        take();
        Pattern pattern = patterns.patterns();
        Expr guard = accept("if") ? namedExpression() : null;
        colon();
        List<Stmt> body = block("'case' statement", keyword);
        return new MatchCase(pattern, guard, body);
    }
}
