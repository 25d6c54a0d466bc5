package strata.compiler.code;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Python's {@code repr()} of the constants a code object holds: a literal as the AST's
 * {@link strata.compiler.ast.Value#repr()} writes it, {@code (1,)} for a one-tuple,
 * {@code frozenset({1, 2})}, and a code object as {@code <code object f, file "x.py", line 3>}:
 * CPython's form without the address, which Strata's code objects do not have.
 */
public final class Repr {
    private Repr() {
    }

    public static String of(Constant constant) {
        if (constant instanceof Constant.Literal literal) {
            return literal.value().repr();
        } else if (constant instanceof Constant.Tuple tuple) {
            return tuple.items().size() == 1 ? "(" + of(tuple.items().get(0)) + ",)" : "(" + join(tuple.items()) + ")";
        } else if (constant instanceof Constant.FrozenSet set) {
            return set.items().isEmpty() ? "frozenset()" : "frozenset({" + join(set.items()) + "})";
        } else {
            CodeObject code = (CodeObject) constant;
            return "<code object " + code.name() + ", file \"" + code.filename() + "\", line " + code.firstLineNo() + ">";
        }
    }

    private static String join(List<Constant> items) {
        return items.stream().map(Repr::of).collect(Collectors.joining(", "));
    }
}
