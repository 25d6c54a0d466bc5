package strata.compiler.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import strata.compiler.ast.Expr;
import strata.compiler.ast.ExprContext;
import strata.compiler.ast.MatchCase;
import strata.compiler.ast.Pattern;
import strata.compiler.ast.Span;
import strata.compiler.ast.Stmt;
import strata.compiler.bytecode.BinaryOperator;
import strata.compiler.bytecode.CompareOperator;
import strata.compiler.bytecode.Opcode;
import strata.compiler.code.Constant;
import strata.compiler.symtable.CompileError;

/**
 * The match statement (CPython 3.11's {@code compiler_match} and {@code compiler_pattern_*}):
 * each case tests a copy of the subject; a pattern leaves the values it captures on the stack
 * under whatever it still needs, and on failure jumps to a chain of POP_TOPs that removes exactly
 * what is on the stack at that point ({@link Context#failPop}).
 */
final class PatternCompiler {
    private final Compiler compiler;

    PatternCompiler(Compiler compiler) {
        this.compiler = compiler;
    }

    /** What a pattern being compiled knows: names captured so far, values above them, where failure goes. */
    private static final class Context {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        /** failPop.get(n) pops n values, then falls to failPop.get(n - 1); failPop.get(0) is the failure. */
        List<Label> failPop = new ArrayList<>();
        int onTop;

        Context copy() {
            Context c = new Context();
            c.stores = new ArrayList<>(stores);
            c.allowIrrefutable = allowIrrefutable;
            c.failPop = failPop;
            c.onTop = onTop;
            return c;
        }
    }

    private CodeBuilder code() {
        return compiler.code();
    }

    void match(Stmt.Match s) throws CompileError {
        compiler.expressions.expression(s.subject());
        Label end = new Label();
        List<MatchCase> cases = s.cases();
        MatchCase last = cases.get(cases.size() - 1);
        boolean hasDefault = wildcard(last.pattern()) && cases.size() > 1;
        for (int i = 0; i < cases.size() - (hasDefault ? 1 : 0); i++) {
            MatchCase m = cases.get(i);
            compiler.at(spanOf(m.pattern()));
            boolean copy = i != cases.size() - (hasDefault ? 1 : 0) - 1;
            if (copy) {
                code().emit(Opcode.COPY, 1);
            }
            Context pc = new Context();
            pc.allowIrrefutable = m.guard() != null || i == cases.size() - 1;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) {
                compiler.unit().nameOp(name, ExprContext.Store);
            }
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                compiler.expressions.jumpIf(m.guard(), pc.failPop.get(0), false);
            }
            if (copy) {
                code().emit(Opcode.POP_TOP);
            }
            compiler.statements(m.body());
            code().jump(Opcode.JUMP, end);
            compiler.at(spanOf(m.pattern()));
            emitFailPop(pc);
        }
        if (hasDefault) {
            compiler.at(spanOf(last.pattern()));
            code().emit(cases.size() == 1 ? Opcode.POP_TOP : Opcode.NOP);
            if (last.guard() != null) {
                compiler.expressions.jumpIf(last.guard(), end, false);
            }
            compiler.statements(last.body());
        }
        code().bind(end);
    }

    private static Span spanOf(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            return v.span();
        } else if (p instanceof Pattern.MatchSingleton s) {
            return s.span();
        } else if (p instanceof Pattern.MatchSequence s) {
            return s.span();
        } else if (p instanceof Pattern.MatchMapping m) {
            return m.span();
        } else if (p instanceof Pattern.MatchClass c) {
            return c.span();
        } else if (p instanceof Pattern.MatchStar s) {
            return s.span();
        } else if (p instanceof Pattern.MatchAs a) {
            return a.span();
        } else {
            return ((Pattern.MatchOr) p).span();
        }
    }

    private static boolean wildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    private static boolean wildcardStar(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    private void ensureFailPop(Context pc, int n) {
        while (pc.failPop.size() <= n) {
            pc.failPop.add(new Label());
        }
    }

    private void jumpToFailPop(Context pc, Opcode op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        code().jump(op, pc.failPop.get(pops));
    }

    private void emitFailPop(Context pc) {
        if (pc.failPop.isEmpty()) {
            return;
        }
        for (int n = pc.failPop.size() - 1; n > 0; n--) {
            code().bind(pc.failPop.get(n));
            code().emit(Opcode.POP_TOP);
        }
        code().bind(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void rotate(int count) {
        while (count > 1) {
            code().emit(Opcode.SWAP, count--);
        }
    }

    private void storeName(String name, Context pc, Span span) throws CompileError {
        if (name == null) {
            code().emit(Opcode.POP_TOP);
            return;
        }
        if (pc.stores.contains(name)) {
            throw new CompileError("multiple assignments to name '" + name + "' in pattern", span);
        }
        rotate(pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void pattern(Pattern p, Context pc) throws CompileError {
        compiler.at(spanOf(p));
        if (p instanceof Pattern.MatchValue v) {
            compiler.expressions.expression(v.value());
            code().emit(Opcode.COMPARE_OP, CompareOperator.EQ.ordinal());
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSingleton s) {
            code().emit(Opcode.LOAD_CONST, code().constant(Constant.of(s.value())));
            code().emit(Opcode.IS_OP, 0);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSequence s) {
            sequence(s, pc);
        } else if (p instanceof Pattern.MatchMapping m) {
            mapping(m, pc);
        } else if (p instanceof Pattern.MatchClass c) {
            classPattern(c, pc);
        } else if (p instanceof Pattern.MatchStar s) {
            storeName(s.name(), pc, s.span());
        } else if (p instanceof Pattern.MatchAs a) {
            as(a, pc);
        } else if (p instanceof Pattern.MatchOr o) {
            or(o, pc);
        }
    }

    private void subpattern(Pattern p, Context pc) throws CompileError {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void as(Pattern.MatchAs a, Context pc) throws CompileError {
        if (a.pattern() == null) {
            if (!pc.allowIrrefutable) {
                throw new CompileError(a.name() != null
                        ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                        : "wildcard makes remaining patterns unreachable", a.span());
            }
            storeName(a.name(), pc, a.span());
            return;
        }
        pc.onTop++;
        code().emit(Opcode.COPY, 1);
        pattern(a.pattern(), pc);
        pc.onTop--;
        storeName(a.name(), pc, a.span());
    }

    private void sequence(Pattern.MatchSequence s, Context pc) throws CompileError {
        List<Pattern> patterns = s.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern p = patterns.get(i);
            if (p instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw new CompileError("multiple starred names in sequence pattern", spanOf(p));
                }
                starWildcard = wildcardStar(p);
                onlyWildcard &= starWildcard;
                star = i;
            } else {
                onlyWildcard &= wildcard(p);
            }
        }
        pc.onTop++;
        code().emit(Opcode.MATCH_SEQUENCE);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        if (star < 0 || size > 1) {
            code().emit(Opcode.GET_LEN);
            code().emit(Opcode.LOAD_CONST, code().constant(Constant.integer(star < 0 ? size : size - 1)));
            code().emit(Opcode.COMPARE_OP, (star < 0 ? CompareOperator.EQ : CompareOperator.GE).ordinal());
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            code().emit(Opcode.POP_TOP);
        } else if (starWildcard) {
            sequenceSubscript(patterns, star, pc);
        } else {
            sequenceUnpack(patterns, star, pc, s.span());
        }
    }

    private void sequenceUnpack(List<Pattern> patterns, int star, Context pc, Span span) throws CompileError {
        int size = patterns.size();
        if (star >= 0) {
            if (star >= 1 << 8 || size - star - 1 >= 1 << 16) {
                throw new CompileError("too many expressions in star-unpacking sequence pattern", span);
            }
            code().emit(Opcode.UNPACK_EX, star | (size - star - 1) << 8);
        } else {
            code().emit(Opcode.UNPACK_SEQUENCE, size);
        }
        pc.onTop += size;
        for (Pattern p : patterns) {
            pc.onTop--;
            subpattern(p, pc);
        }
    }

    private void sequenceSubscript(List<Pattern> patterns, int star, Context pc) throws CompileError {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern p = patterns.get(i);
            if (wildcard(p) || i == star) {
                continue;
            }
            code().emit(Opcode.COPY, 1);
            if (i < star) {
                code().emit(Opcode.LOAD_CONST, code().constant(Constant.integer(i)));
            } else {
                code().emit(Opcode.GET_LEN);
                code().emit(Opcode.LOAD_CONST, code().constant(Constant.integer(size - i)));
                code().emit(Opcode.BINARY_OP, BinaryOperator.SUBTRACT.arg(false));
            }
            code().emit(Opcode.BINARY_SUBSCR);
            subpattern(p, pc);
        }
        pc.onTop--;
        code().emit(Opcode.POP_TOP);
    }

    private void mapping(Pattern.MatchMapping m, Context pc) throws CompileError {
        List<Expr> keys = m.keys();
        int size = keys.size();
        pc.onTop++;
        code().emit(Opcode.MATCH_MAPPING);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        if (size == 0 && m.rest() == null) {
            pc.onTop--;
            code().emit(Opcode.POP_TOP);
            return;
        }
        if (size > 0) {
            code().emit(Opcode.GET_LEN);
            code().emit(Opcode.LOAD_CONST, code().constant(Constant.integer(size)));
            code().emit(Opcode.COMPARE_OP, CompareOperator.GE.ordinal());
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        }
        List<Constant> seen = new ArrayList<>();
        for (Expr key : keys) {
            Constant value = compiler.folder.fold(key);
            if (value != null) {
                if (seen.stream().anyMatch(k -> PyValues.equal(k, value))) {
                    throw new CompileError("mapping pattern checks duplicate key (" + value.repr() + ")", m.span());
                }
                seen.add(value);
            } else if (!(key instanceof Expr.Attribute)) {
                throw new CompileError("mapping pattern keys may only match literals and attribute lookups", m.span());
            }
        }
        Constant.Tuple constantKeys = compiler.folder.tuple(keys);
        if (constantKeys != null) {
            code().emit(Opcode.LOAD_CONST, code().constant(constantKeys));
        } else {
            for (Expr key : keys) {
                compiler.expressions.expression(key);
            }
            code().emit(Opcode.BUILD_TUPLE, size);
        }
        code().emit(Opcode.MATCH_KEYS);
        pc.onTop += 2;
        code().emit(Opcode.COPY, 1);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_NONE);
        code().emit(Opcode.UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (Pattern p : m.patterns()) {
            pc.onTop--;
            subpattern(p, pc);
        }
        pc.onTop -= 2;
        if (m.rest() != null) {
            code().emit(Opcode.BUILD_MAP, 0);
            code().emit(Opcode.SWAP, 3);
            code().emit(Opcode.DICT_UPDATE, 2);
            code().emit(Opcode.UNPACK_SEQUENCE, size);
            for (int n = size; n > 0; n--) {
                code().emit(Opcode.COPY, 1 + n);
                code().emit(Opcode.SWAP, 2);
                code().emit(Opcode.DELETE_SUBSCR);
            }
            storeName(m.rest(), pc, m.span());
        } else {
            code().emit(Opcode.POP_TOP);
            code().emit(Opcode.POP_TOP);
        }
    }

    private void classPattern(Pattern.MatchClass c, Context pc) throws CompileError {
        int nargs = c.patterns().size();
        int nattrs = c.kwdAttrs().size();
        Set<String> attrs = new HashSet<>();
        for (String attr : c.kwdAttrs()) {
            if (!attrs.add(attr)) {
                throw new CompileError("attribute name repeated in class pattern: " + attr, c.span());
            }
        }
        compiler.expressions.expression(c.cls());
        List<Constant> names = new ArrayList<>();
        for (String attr : c.kwdAttrs()) {
            names.add(Constant.str(attr));
        }
        compiler.at(c.span());
        code().emit(Opcode.LOAD_CONST, code().constant(new Constant.Tuple(names)));
        code().emit(Opcode.MATCH_CLASS, nargs);
        code().emit(Opcode.COPY, 1);
        pc.onTop++;
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_NONE);
        code().emit(Opcode.UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern p = i < nargs ? c.patterns().get(i) : c.kwdPatterns().get(i - nargs);
            if (wildcard(p)) {
                code().emit(Opcode.POP_TOP);
                continue;
            }
            subpattern(p, pc);
        }
    }

    private void or(Pattern.MatchOr o, Context pc) throws CompileError {
        Label end = new Label();
        Context old = pc.copy();
        List<String> control = null;
        int size = o.patterns().size();
        for (int i = 0; i < size; i++) {
            Pattern alt = o.patterns().get(i);
            compiler.at(spanOf(alt));
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && old.allowIrrefutable;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            code().emit(Opcode.COPY, 1);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw new CompileError("alternative patterns bind different names", compiler.currentSpan());
            } else {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    int istores = pc.stores.indexOf(control.get(icontrol));
                    if (istores < 0) {
                        throw new CompileError("alternative patterns bind different names", compiler.currentSpan());
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        for (int r = 0; r < rotations; r++) {
                            rotate(icontrol + 1);
                        }
                    }
                }
            }
            code().jump(Opcode.JUMP, end);
            emitFailPop(pc);
        }
        pc.stores = old.stores;
        pc.allowIrrefutable = old.allowIrrefutable;
        pc.failPop = old.failPop;
        pc.onTop = old.onTop;
        code().emit(Opcode.POP_TOP);
        jumpToFailPop(pc, Opcode.JUMP);
        code().bind(end);
        int nrots = control.size() + 1 + pc.onTop + pc.stores.size();
        for (String name : control) {
            rotate(nrots);
            if (pc.stores.contains(name)) {
                throw new CompileError("multiple assignments to name '" + name + "' in pattern", o.span());
            }
            pc.stores.add(name);
        }
        code().emit(Opcode.POP_TOP);
    }
}
