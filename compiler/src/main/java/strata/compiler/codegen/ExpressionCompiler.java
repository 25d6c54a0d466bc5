package strata.compiler.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import strata.compiler.ast.CmpOperator;
import strata.compiler.ast.Comprehension;
import strata.compiler.ast.Expr;
import strata.compiler.ast.ExprContext;
import strata.compiler.ast.Keyword;
import strata.compiler.ast.Operator;
import strata.compiler.ast.Span;
import strata.compiler.ast.Stmt;
import strata.compiler.ast.Value;
import strata.compiler.bytecode.BinaryOperator;
import strata.compiler.bytecode.CompareOperator;
import strata.compiler.bytecode.Opcode;
import strata.compiler.code.CodeObject;
import strata.compiler.code.Constant;
import strata.compiler.symtable.CompileError;

/**
 * Compiles expressions, assignment targets and the jumps conditions make, in the shapes CPython
 * 3.11 gives them: calls as {@code PUSH_NULL f args CALL n} or {@code obj LOAD_METHOD args CALL n},
 * star-arguments through a list and {@code CALL_FUNCTION_EX}, chained comparisons with
 * {@code SWAP}/{@code COPY}, comprehensions as functions called on the first iterable.
 */
final class ExpressionCompiler {
    /** CPython's {@code STACK_USE_GUARDRAIL}: longer displays and calls are built piecewise. */
    static final int STACK_GUARD = 30;
    private static final int UNPACK_BEFORE_LIMIT = 1 << 8;
    private static final int UNPACK_AFTER_LIMIT = 1 << 16;

    private final Compiler compiler;

    ExpressionCompiler(Compiler compiler) {
        this.compiler = compiler;
    }

    private CodeBuilder code() {
        return compiler.code();
    }

    private Unit unit() {
        return compiler.unit();
    }

    private void constant(Constant value) {
        code().emit(Opcode.LOAD_CONST, code().constant(value));
    }

    void expression(Expr e) throws CompileError {
        var saved = code().position();
        compiler.at(e.span());
        Constant folded = compiler.folder.fold(e);
        if (folded != null) {
            constant(folded);
        } else {
            compute(e);
        }
        code().position(saved);
    }

    private void compute(Expr e) throws CompileError {
        if (e instanceof Expr.Name n) {
            unit().nameOp(n.id(), ExprContext.Load);
        } else if (e instanceof Expr.BinOp b) {
            expression(b.left());
            expression(b.right());
            compiler.at(e.span());
            code().emit(Opcode.BINARY_OP, binary(b.op()).arg(false));
        } else if (e instanceof Expr.UnaryOp u) {
            expression(u.operand());
            compiler.at(e.span());
            code().emit(switch (u.op()) {
                case Invert -> Opcode.UNARY_INVERT;
                case Not -> Opcode.UNARY_NOT;
                case UAdd -> Opcode.UNARY_POSITIVE;
                case USub -> Opcode.UNARY_NEGATIVE;
            });
        } else if (e instanceof Expr.BoolOp b) {
            Label end = new Label();
            Opcode jump = b.op() == strata.compiler.ast.BoolOperator.And ? Opcode.JUMP_IF_FALSE_OR_POP
                    : Opcode.JUMP_IF_TRUE_OR_POP;
            for (int i = 0; i < b.values().size() - 1; i++) {
                expression(b.values().get(i));
                compiler.at(e.span());
                code().jump(jump, end);
            }
            expression(b.values().get(b.values().size() - 1));
            code().bind(end);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.IfExp i) {
            Label orelse = new Label();
            Label end = new Label();
            jumpIf(i.test(), orelse, false);
            expression(i.body());
            code().jump(Opcode.JUMP, end);
            code().bind(orelse);
            expression(i.orelse());
            code().bind(end);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Attribute a) {
            if (a.ctx() != ExprContext.Load) {
                throw new IllegalStateException("attribute in " + a.ctx() + " context compiled as a value");
            }
            expression(a.value());
            compiler.at(e.span());
            code().emit(Opcode.LOAD_ATTR, code().name(unit().mangle(a.attr())));
        } else if (e instanceof Expr.Subscript s) {
            expression(s.value());
            slice(s.slice());
            compiler.at(e.span());
            code().emit(Opcode.BINARY_SUBSCR);
        } else if (e instanceof Expr.Slice s) {
            slice(s);
        } else if (e instanceof Expr.Tuple t) {
            sequence(t.elts(), Opcode.BUILD_TUPLE, 0);
        } else if (e instanceof Expr.List l) {
            sequence(l.elts(), Opcode.BUILD_LIST, 0);
        } else if (e instanceof Expr.Set s) {
            sequence(s.elts(), Opcode.BUILD_SET, 0);
        } else if (e instanceof Expr.Dict d) {
            dict(d);
        } else if (e instanceof Expr.Lambda l) {
            compiler.lambda(l);
        } else if (e instanceof Expr.NamedExpr n) {
            expression(n.value());
            code().emit(Opcode.COPY, 1);
            target(n.target());
        } else if (e instanceof Expr.JoinedStr j) {
            for (Expr value : j.values()) {
                expression(value);
            }
            if (j.values().size() != 1) {
                compiler.at(e.span());
                code().emit(Opcode.BUILD_STRING, j.values().size());
            }
        } else if (e instanceof Expr.FormattedValue f) {
            formatted(f);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, "<listcomp>", c.generators(), c.elt(), null, Opcode.BUILD_LIST);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, "<setcomp>", c.generators(), c.elt(), null, Opcode.BUILD_SET);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value(), Opcode.BUILD_MAP);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, "<genexpr>", c.generators(), c.elt(), null, null);
        } else if (e instanceof Expr.Yield y) {
            yieldCheck(e);
            if (y.value() != null) {
                expression(y.value());
            } else {
                constant(Constant.NONE);
            }
            compiler.at(e.span());
            yieldValue();
        } else if (e instanceof Expr.YieldFrom y) {
            yieldCheck(e);
            if (unit().kind == Unit.Kind.ASYNC_FUNCTION) {
                throw new CompileError("'yield from' inside async function", e.span());
            }
            expression(y.value());
            compiler.at(e.span());
            code().emit(Opcode.GET_YIELD_FROM_ITER);
            constant(Constant.NONE);
            yieldFrom();
        } else if (e instanceof Expr.Await a) {
            awaitCheck(e);
            expression(a.value());
            compiler.at(e.span());
            await(0);
        } else if (e instanceof Expr.Starred) {
            throw new CompileError("can't use starred expression here", e.span());
        } else if (e instanceof Expr.Constant c) {
            constant(Constant.of(c.value()));
        }
    }

    static BinaryOperator binary(Operator op) {
        return switch (op) {
            case Add -> BinaryOperator.ADD;
            case Sub -> BinaryOperator.SUBTRACT;
            case Mult -> BinaryOperator.MULTIPLY;
            case MatMult -> BinaryOperator.MATRIX_MULTIPLY;
            case Div -> BinaryOperator.TRUE_DIVIDE;
            case Mod -> BinaryOperator.REMAINDER;
            case Pow -> BinaryOperator.POWER;
            case LShift -> BinaryOperator.LSHIFT;
            case RShift -> BinaryOperator.RSHIFT;
            case BitOr -> BinaryOperator.OR;
            case BitXor -> BinaryOperator.XOR;
            case BitAnd -> BinaryOperator.AND;
            case FloorDiv -> BinaryOperator.FLOOR_DIVIDE;
        };
    }

    private void compareOp(CmpOperator op) {
        switch (op) {
            case Is -> code().emit(Opcode.IS_OP, 0);
            case IsNot -> code().emit(Opcode.IS_OP, 1);
            case In -> code().emit(Opcode.CONTAINS_OP, 0);
            case NotIn -> code().emit(Opcode.CONTAINS_OP, 1);
            default -> code().emit(Opcode.COMPARE_OP, (switch (op) {
                case Eq -> CompareOperator.EQ;
                case NotEq -> CompareOperator.NE;
                case Lt -> CompareOperator.LT;
                case LtE -> CompareOperator.LE;
                case Gt -> CompareOperator.GT;
                default -> CompareOperator.GE;
            }).ordinal());
        }
    }

    /** A comparator; the last one of {@code in}/{@code not in} as a tuple or frozenset if it is a list or set display. */
    private void comparator(Expr.Compare c, int i) throws CompileError {
        Expr e = c.comparators().get(i);
        boolean last = i == c.comparators().size() - 1;
        CmpOperator op = c.ops().get(c.ops().size() - 1);
        if (last && (op == CmpOperator.In || op == CmpOperator.NotIn)) {
            iterable(e);
        } else {
            expression(e);
        }
    }

    /**
     * An iterable that is only iterated or tested for membership: a list display becomes a tuple
     * and a set display of constants a frozenset, as {@code ast_opt.c}'s {@code fold_iter} does.
     */
    void iterable(Expr e) throws CompileError {
        if (e instanceof Expr.List l && l.elts().stream().noneMatch(x -> x instanceof Expr.Starred)) {
            compiler.at(e.span());
            Constant folded = compiler.folder.tuple(l.elts());
            if (folded != null) {
                constant(folded);
            } else {
                sequence(l.elts(), Opcode.BUILD_TUPLE, 0);
            }
        } else if (e instanceof Expr.Set s && compiler.folder.frozenset(s.elts()) != null) {
            compiler.at(e.span());
            constant(compiler.folder.frozenset(s.elts()));
        } else {
            expression(e);
        }
    }

    private void compare(Expr.Compare c) throws CompileError {
        if (c.ops().size() == 1) {
            expression(c.left());
            comparator(c, 0);
            compiler.at(c.span());
            compareOp(c.ops().get(0));
            return;
        }
        Label cleanup = new Label();
        chain(c, cleanup, Opcode.JUMP_IF_FALSE_OR_POP);
        Label end = new Label();
        code().jump(Opcode.JUMP, end);
        code().bind(cleanup);
        code().emit(Opcode.SWAP, 2);
        code().emit(Opcode.POP_TOP);
        code().bind(end);
    }

    /**
     * A chained comparison {@code a < b < c}: each middle operand is kept (SWAP, COPY) for the
     * next comparison, and a false result jumps to {@code cleanup} with {@code jump}, leaving that
     * operand to pop there; the last comparison's result is left on the stack.
     */
    private void chain(Expr.Compare c, Label cleanup, Opcode jump) throws CompileError {
        int n = c.ops().size() - 1;
        expression(c.left());
        for (int i = 0; i < n; i++) {
            comparator(c, i);
            compiler.at(c.span());
            code().emit(Opcode.SWAP, 2);
            code().emit(Opcode.COPY, 2);
            compareOp(c.ops().get(i));
            code().jump(jump, cleanup);
        }
        comparator(c, n);
        compiler.at(c.span());
        compareOp(c.ops().get(n));
    }

    /** Jumps to {@code target} if {@code e} is true ({@code cond}) or false, without leaving a value. */
    void jumpIf(Expr e, Label target, boolean cond) throws CompileError {
        Constant folded = compiler.folder.fold(e);
        Boolean truth = folded == null ? null : PyValues.truth(folded);
        if (truth != null) {
            if (truth == cond) {
                compiler.at(e.span());
                code().jump(Opcode.JUMP, target);
            }
            return;
        }
        if (e instanceof Expr.UnaryOp u && u.op() == strata.compiler.ast.UnaryOperator.Not) {
            jumpIf(u.operand(), target, !cond);
        } else if (e instanceof Expr.BoolOp b) {
            boolean or = b.op() == strata.compiler.ast.BoolOperator.Or;
            Label next = or != cond ? new Label() : target;
            int n = b.values().size() - 1;
            for (int i = 0; i < n; i++) {
                jumpIf(b.values().get(i), next, or);
            }
            jumpIf(b.values().get(n), target, cond);
            if (next != target) {
                code().bind(next);
            }
        } else if (e instanceof Expr.IfExp i) {
            Label end = new Label();
            Label orelse = new Label();
            jumpIf(i.test(), orelse, false);
            jumpIf(i.body(), target, cond);
            code().jump(Opcode.JUMP, end);
            code().bind(orelse);
            jumpIf(i.orelse(), target, cond);
            code().bind(end);
        } else if (e instanceof Expr.Compare c && c.ops().size() > 1) {
            chainedJump(c, target, cond);
        } else if (e instanceof Expr.Compare c && isNone(c)) {
            expression(c.left());
            compiler.at(e.span());
            boolean jumpOnNone = (c.ops().get(0) == CmpOperator.Is) == cond;
            code().jump(jumpOnNone ? Opcode.POP_JUMP_IF_NONE : Opcode.POP_JUMP_IF_NOT_NONE, target);
        } else {
            expression(e);
            compiler.at(e.span());
            code().jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
        }
    }

    /** {@code x is None} and {@code x is not None}: tested with POP_JUMP_IF_NONE, as CPython's optimizer does. */
    private static boolean isNone(Expr.Compare c) {
        CmpOperator op = c.ops().get(0);
        return (op == CmpOperator.Is || op == CmpOperator.IsNot) && c.comparators().get(0) instanceof Expr.Constant k
                && k.value() instanceof Value.None;
    }

    private void chainedJump(Expr.Compare c, Label target, boolean cond) throws CompileError {
        Label cleanup = new Label();
        chain(c, cleanup, Opcode.POP_JUMP_IF_FALSE);
        code().jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
        Label end = new Label();
        code().jump(Opcode.JUMP, end);
        code().bind(cleanup);
        code().emit(Opcode.POP_TOP);
        if (!cond) {
            code().jump(Opcode.JUMP, target);
        }
        code().bind(end);
    }

    private void slice(Expr e) throws CompileError {
        if (!(e instanceof Expr.Slice s)) {
            expression(e);
            return;
        }
        int n = 2;
        for (Expr part : new Expr[] {s.lower(), s.upper()}) {
            if (part != null) {
                expression(part);
            } else {
                constant(Constant.NONE);
            }
        }
        if (s.step() != null) {
            expression(s.step());
            n = 3;
        }
        compiler.at(s.span());
        code().emit(Opcode.BUILD_SLICE, n);
    }

    /**
     * A tuple, list or set display, or call arguments ({@code pushed} already on the stack):
     * CPython's {@code starunpack_helper}. {@code build} is BUILD_TUPLE, BUILD_LIST or BUILD_SET.
     */
    void sequence(List<Expr> elements, Opcode build, int pushed) throws CompileError {
        boolean tuple = build == Opcode.BUILD_TUPLE;
        Opcode builder = tuple ? Opcode.BUILD_LIST : build;
        Opcode add = build == Opcode.BUILD_SET ? Opcode.SET_ADD : Opcode.LIST_APPEND;
        Opcode extend = build == Opcode.BUILD_SET ? Opcode.SET_UPDATE : Opcode.LIST_EXTEND;
        int n = elements.size();
        if (n > 2 && pushed == 0) {
            Constant.Tuple folded = compiler.folder.tuple(elements);
            if (folded != null) {
                if (tuple) {
                    constant(folded);
                } else {
                    code().emit(build, 0);
                    constant(build == Opcode.BUILD_SET ? compiler.folder.frozenset(elements) : folded);
                    code().emit(extend, 1);
                }
                return;
            }
        }
        boolean big = n + pushed > STACK_GUARD;
        boolean starred = elements.stream().anyMatch(x -> x instanceof Expr.Starred);
        if (!starred && !big) {
            for (Expr element : elements) {
                expression(element);
            }
            code().emit(build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            code().emit(builder, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr element = elements.get(i);
            if (element instanceof Expr.Starred s) {
                if (!built) {
                    code().emit(builder, i + pushed);
                    built = true;
                }
                expression(s.value());
                code().emit(extend, 1);
            } else {
                expression(element);
                if (built) {
                    code().emit(add, 1);
                }
            }
        }
        if (tuple) {
            code().emit(Opcode.LIST_TO_TUPLE);
        }
    }

    private void dict(Expr.Dict d) throws CompileError {
        int n = d.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) {
                        code().emit(Opcode.DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    code().emit(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                expression(d.values().get(i));
                code().emit(Opcode.DICT_UPDATE, 1);
            } else if (elements * 2 > STACK_GUARD) {
                subdict(d, i - elements, i + 1);
                if (haveDict) {
                    code().emit(Opcode.DICT_UPDATE, 1);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) {
                code().emit(Opcode.DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            code().emit(Opcode.BUILD_MAP, 0);
        }
    }

    private void subdict(Expr.Dict d, int begin, int end) throws CompileError {
        int n = end - begin;
        Constant.Tuple keys = n > 1 ? compiler.folder.tuple(d.keys().subList(begin, end)) : null;
        if (keys != null) {
            for (int i = begin; i < end; i++) {
                expression(d.values().get(i));
            }
            constant(keys);
            code().emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        for (int i = begin; i < end; i++) {
            expression(d.keys().get(i));
            expression(d.values().get(i));
        }
        code().emit(Opcode.BUILD_MAP, n);
    }

    private void formatted(Expr.FormattedValue f) throws CompileError {
        expression(f.value());
        int arg = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.formatSpec() != null) {
            expression(f.formatSpec());
            arg |= 4;
        }
        compiler.at(f.span());
        code().emit(Opcode.FORMAT_VALUE, arg);
    }

    private void call(Expr.Call c) throws CompileError {
        validateKeywords(c.keywords());
        if (c.func() instanceof Expr.Attribute a && a.ctx() == ExprContext.Load && methodCall(c)) {
            expression(a.value());
            compiler.at(a.span());
            code().emit(Opcode.LOAD_METHOD, code().name(unit().mangle(a.attr())));
            for (Expr arg : c.args()) {
                expression(arg);
            }
            keywordValues(c.keywords());
            compiler.at(c.span());
            code().emit(Opcode.CALL, c.args().size() + c.keywords().size());
            return;
        }
        compiler.at(c.func().span());
        code().emit(Opcode.PUSH_NULL);
        expression(c.func());
        callArguments(c.args(), c.keywords(), 0, c.span());
    }

    private static boolean methodCall(Expr.Call c) {
        int n = c.args().size() + c.keywords().size() + (c.keywords().isEmpty() ? 0 : 1);
        return n < STACK_GUARD && c.args().stream().noneMatch(a -> a instanceof Expr.Starred)
                && c.keywords().stream().allMatch(k -> k.arg() != null);
    }

    private void validateKeywords(List<Keyword> keywords) throws CompileError {
        Set<String> seen = new HashSet<>();
        for (Keyword keyword : keywords) {
            if (keyword.arg() != null && !seen.add(keyword.arg())) {
                throw new CompileError("keyword argument repeated: " + keyword.arg(), keyword.span());
            }
        }
    }

    private void keywordValues(List<Keyword> keywords) throws CompileError {
        if (keywords.isEmpty()) {
            return;
        }
        List<Constant> names = new ArrayList<>();
        for (Keyword keyword : keywords) {
            expression(keyword.value());
            names.add(Constant.str(keyword.arg()));
        }
        code().emit(Opcode.KW_NAMES, code().constant(new Constant.Tuple(names)));
    }

    /** The arguments of a call whose callable (and {@code pushed} arguments) are on the stack; then the call. */
    void callArguments(List<Expr> args, List<Keyword> keywords, int pushed, Span span) throws CompileError {
        validateKeywords(keywords);
        boolean ex = args.size() + keywords.size() * 2 > STACK_GUARD
                || args.stream().anyMatch(a -> a instanceof Expr.Starred)
                || keywords.stream().anyMatch(k -> k.arg() == null);
        if (!ex) {
            for (Expr arg : args) {
                expression(arg);
            }
            keywordValues(keywords);
            compiler.at(span);
            code().emit(Opcode.CALL, pushed + args.size() + keywords.size());
            return;
        }
        if (pushed == 0 && args.size() == 1 && args.get(0) instanceof Expr.Starred s) {
            expression(s.value());
        } else {
            sequence(args, Opcode.BUILD_TUPLE, pushed);
        }
        if (!keywords.isEmpty()) {
            boolean haveDict = false;
            int seen = 0;
            for (int i = 0; i < keywords.size(); i++) {
                Keyword keyword = keywords.get(i);
                if (keyword.arg() == null) {
                    if (seen > 0) {
                        subkwargs(keywords, i - seen, i);
                        if (haveDict) {
                            code().emit(Opcode.DICT_MERGE, 1);
                        }
                        haveDict = true;
                        seen = 0;
                    }
                    if (!haveDict) {
                        code().emit(Opcode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    expression(keyword.value());
                    code().emit(Opcode.DICT_MERGE, 1);
                } else {
                    seen++;
                }
            }
            if (seen > 0) {
                subkwargs(keywords, keywords.size() - seen, keywords.size());
                if (haveDict) {
                    code().emit(Opcode.DICT_MERGE, 1);
                }
            }
        }
        compiler.at(span);
        code().emit(Opcode.CALL_FUNCTION_EX, keywords.isEmpty() ? 0 : 1);
    }

    private void subkwargs(List<Keyword> keywords, int begin, int end) throws CompileError {
        int n = end - begin;
        boolean big = n * 2 > STACK_GUARD;
        if (n > 1 && !big) {
            List<Constant> names = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                expression(keywords.get(i).value());
                names.add(Constant.str(keywords.get(i).arg()));
            }
            constant(new Constant.Tuple(names));
            code().emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            code().emit(Opcode.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            constant(Constant.str(keywords.get(i).arg()));
            expression(keywords.get(i).value());
            if (big) {
                code().emit(Opcode.MAP_ADD, 1);
            }
        }
        if (!big) {
            code().emit(Opcode.BUILD_MAP, n);
        }
    }

    /** Stores the value on top of the stack into {@code target}, or deletes it (Del context). */
    void target(Expr target) throws CompileError {
        var saved = code().position();
        compiler.at(target.span());
        if (target instanceof Expr.Name n) {
            unit().nameOp(n.id(), n.ctx());
        } else if (target instanceof Expr.Attribute a) {
            expression(a.value());
            compiler.at(target.span());
            code().emit(a.ctx() == ExprContext.Del ? Opcode.DELETE_ATTR : Opcode.STORE_ATTR,
                    code().name(unit().mangle(a.attr())));
        } else if (target instanceof Expr.Subscript s) {
            expression(s.value());
            slice(s.slice());
            compiler.at(target.span());
            code().emit(s.ctx() == ExprContext.Del ? Opcode.DELETE_SUBSCR : Opcode.STORE_SUBSCR);
        } else if (target instanceof Expr.Tuple t) {
            unpack(t.elts(), t.ctx(), t.span());
        } else if (target instanceof Expr.List l) {
            unpack(l.elts(), l.ctx(), l.span());
        } else if (target instanceof Expr.Starred) {
            throw new CompileError("starred assignment target must be in a list or tuple", target.span());
        } else {
            throw new IllegalStateException("cannot assign to " + target.getClass().getSimpleName());
        }
        code().position(saved);
    }

    private void unpack(List<Expr> elements, ExprContext ctx, Span span) throws CompileError {
        if (ctx == ExprContext.Del) {
            for (Expr element : elements) {
                target(element);
            }
            return;
        }
        int n = elements.size();
        boolean star = false;
        for (int i = 0; i < n; i++) {
            if (elements.get(i) instanceof Expr.Starred s) {
                if (star) {
                    throw new CompileError("multiple starred expressions in assignment", span);
                }
                if (i >= UNPACK_BEFORE_LIMIT || n - i - 1 >= UNPACK_AFTER_LIMIT) {
                    throw new CompileError("too many expressions in star-unpacking assignment", span);
                }
                code().emit(Opcode.UNPACK_EX, i | (n - i - 1) << 8);
                star = true;
            }
        }
        if (!star) {
            code().emit(Opcode.UNPACK_SEQUENCE, n);
        }
        for (Expr element : elements) {
            target(element instanceof Expr.Starred s ? s.value() : element);
        }
    }

    void augAssign(Stmt.AugAssign a) throws CompileError {
        Expr t = a.target();
        int op = binary(a.op()).arg(true);
        if (t instanceof Expr.Attribute attribute) {
            expression(attribute.value());
            compiler.at(t.span());
            code().emit(Opcode.COPY, 1);
            code().emit(Opcode.LOAD_ATTR, code().name(unit().mangle(attribute.attr())));
            expression(a.value());
            compiler.at(a.span());
            code().emit(Opcode.BINARY_OP, op);
            compiler.at(t.span());
            code().emit(Opcode.SWAP, 2);
            code().emit(Opcode.STORE_ATTR, code().name(unit().mangle(attribute.attr())));
        } else if (t instanceof Expr.Subscript subscript) {
            expression(subscript.value());
            slice(subscript.slice());
            compiler.at(t.span());
            code().emit(Opcode.COPY, 2);
            code().emit(Opcode.COPY, 2);
            code().emit(Opcode.BINARY_SUBSCR);
            expression(a.value());
            compiler.at(a.span());
            code().emit(Opcode.BINARY_OP, op);
            compiler.at(t.span());
            code().emit(Opcode.SWAP, 3);
            code().emit(Opcode.SWAP, 2);
            code().emit(Opcode.STORE_SUBSCR);
        } else if (t instanceof Expr.Name name) {
            unit().nameOp(name.id(), ExprContext.Load);
            expression(a.value());
            compiler.at(a.span());
            code().emit(Opcode.BINARY_OP, op);
            compiler.at(t.span());
            unit().nameOp(name.id(), ExprContext.Store);
        } else {
            throw new IllegalStateException("augmented assignment to " + t.getClass().getSimpleName());
        }
    }

    private void yieldCheck(Expr e) throws CompileError {
        if (!unit().isFunctionLike()) {
            throw new CompileError("'yield' outside function", e.span());
        }
    }

    private void awaitCheck(Expr e) throws CompileError {
        if (!unit().isFunctionLike()) {
            throw new CompileError("'await' outside function", e.span());
        }
        if (unit().kind != Unit.Kind.ASYNC_FUNCTION && unit().kind != Unit.Kind.COMPREHENSION) {
            throw new CompileError("'await' outside async function", e.span());
        }
    }

    /** YIELD_VALUE, wrapped first in an async generator. */
    void yieldValue() {
        if (unit().table.isGenerator() && unit().table.isCoroutine()) {
            code().emit(Opcode.ASYNC_GEN_WRAP);
        }
        code().emit(Opcode.YIELD_VALUE);
    }

    /** The loop of {@code yield from} and {@code await}: SEND until the sub-iterator returns. */
    void yieldFrom() {
        Label start = new Label();
        Label exit = new Label();
        code().bind(start);
        code().jump(Opcode.SEND, exit);
        code().emit(Opcode.YIELD_VALUE);
        code().jump(Opcode.JUMP, start);
        code().bind(exit);
    }

    /** Awaits the value on top of the stack. */
    void await(int where) {
        code().emit(Opcode.GET_AWAITABLE, where);
        constant(Constant.NONE);
        yieldFrom();
    }

    private void comprehension(Expr node, String name, List<Comprehension> generators, Expr element, Expr value,
                               Opcode build) throws CompileError {
        Unit.Kind outer = unit().kind;
        Unit unit = compiler.enter(compiler.tables.of(node), Unit.Kind.COMPREHENSION, name, node.span().lineno());
        boolean async = unit.table.isCoroutine();
        if (async && build != null && outer != Unit.Kind.ASYNC_FUNCTION && outer != Unit.Kind.COMPREHENSION) {
            throw new CompileError("asynchronous comprehension outside of an asynchronous function", node.span());
        }
        compiler.prologue(unit);
        compiler.at(node.span());
        if (build != null) {
            code().emit(build, 0);
        }
        generator(generators, 0, 0, element, value, build);
        compiler.at(node.span());
        if (build != null) {
            code().emit(Opcode.RETURN_VALUE);
        } else {
            compiler.returnNone();
        }
        CodeObject function = compiler.leave(unit, null);
        compiler.at(node.span());
        compiler.makeFunction(function, 0);
        Comprehension first = generators.get(0);
        iterable(first.iter());
        compiler.at(node.span());
        code().emit(first.isAsync() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER);
        code().emit(Opcode.CALL, 0);
        if (async && build != null) {
            await(0);
        }
    }

    private void generator(List<Comprehension> generators, int index, int depth, Expr element, Expr value,
                           Opcode build) throws CompileError {
        Comprehension gen = generators.get(index);
        if (gen.isAsync() != 0) {
            asyncGenerator(generators, index, depth, element, value, build);
            return;
        }
        Label start = new Label();
        Label cleanup = new Label();
        Label anchor = new Label();
        boolean loop = true;
        if (index == 0) {
            code().emit(Opcode.LOAD_FAST, code().varname(".0"));
        } else {
            List<Expr> single = gen.iter() instanceof Expr.List l ? l.elts()
                    : gen.iter() instanceof Expr.Tuple t ? t.elts() : List.of();
            if (single.size() == 1 && !(single.get(0) instanceof Expr.Starred)) {
                expression(single.get(0));
                loop = false;
            } else {
                iterable(gen.iter());
                code().emit(Opcode.GET_ITER);
            }
        }
        if (loop) {
            depth++;
            code().bind(start);
            code().jump(Opcode.FOR_ITER, anchor);
        }
        target(gen.target());
        for (Expr condition : gen.ifs()) {
            jumpIf(condition, cleanup, false);
        }
        innerOrElement(generators, index, depth, element, value, build);
        code().bind(cleanup);
        if (loop) {
            code().jump(Opcode.JUMP, start);
            code().bind(anchor);
        }
    }

    private void asyncGenerator(List<Comprehension> generators, int index, int depth, Expr element, Expr value,
                                Opcode build) throws CompileError {
        Comprehension gen = generators.get(index);
        Label start = new Label();
        Label except = new Label();
        Label cleanup = new Label();
        if (index == 0) {
            code().emit(Opcode.LOAD_FAST, code().varname(".0"));
        } else {
            expression(gen.iter());
            code().emit(Opcode.GET_AITER);
        }
        code().bind(start);
        unit().blocks.push(Block.of(Block.Kind.ASYNC_COMPREHENSION_GENERATOR));
        code().pushHandler(Handler.Kind.FINALLY, except);
        code().emit(Opcode.GET_ANEXT);
        constant(Constant.NONE);
        yieldFrom();
        code().popHandler();
        target(gen.target());
        for (Expr condition : gen.ifs()) {
            jumpIf(condition, cleanup, false);
        }
        innerOrElement(generators, index, depth + 1, element, value, build);
        code().bind(cleanup);
        code().jump(Opcode.JUMP, start);
        unit().blocks.pop();
        code().bind(except);
        code().emit(Opcode.END_ASYNC_FOR);
    }

    private void innerOrElement(List<Comprehension> generators, int index, int depth, Expr element, Expr value,
                                Opcode build) throws CompileError {
        if (index + 1 < generators.size()) {
            generator(generators, index + 1, depth, element, value, build);
            return;
        }
        if (build == null) {
            expression(element);
            yieldValue();
            code().emit(Opcode.POP_TOP);
        } else if (build == Opcode.BUILD_MAP) {
            expression(element);
            expression(value);
            code().emit(Opcode.MAP_ADD, depth + 1);
        } else {
            expression(element);
            code().emit(build == Opcode.BUILD_LIST ? Opcode.LIST_APPEND : Opcode.SET_ADD, depth + 1);
        }
    }
}
