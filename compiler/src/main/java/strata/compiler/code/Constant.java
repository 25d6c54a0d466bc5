package strata.compiler.code;

import java.util.List;
import strata.compiler.ast.Value;

/**
 * A Python value that can be a constant of a code object ({@code co_consts}): a literal value of
 * the AST ({@link Value}: None, Ellipsis, bool, int, float, complex, str, bytes), a tuple or
 * frozenset of constants, or a nested code object. Equality is how the compiler merges equal
 * constants, as CPython's {@code _PyCode_ConstantKey} has it: the type counts ({@code 1},
 * {@code 1.0} and {@code True} are three constants) and {@code 0.0} differs from {@code -0.0}.
 */
public sealed interface Constant permits Constant.Literal, Constant.Tuple, Constant.FrozenSet, CodeObject {

    Literal NONE = new Literal(Value.None.INSTANCE);
    Literal ELLIPSIS = new Literal(Value.Ellipsis.INSTANCE);
    Literal TRUE = new Literal(Value.Bool.TRUE);
    Literal FALSE = new Literal(Value.Bool.FALSE);

    /** How Python's {@code repr()} shows the value. */
    default String repr() {
        return Repr.of(this);
    }

    /** A constant that is one literal value. */
    record Literal(Value value) implements Constant {
    }

    static Literal of(Value value) {
        return new Literal(value);
    }

    static Literal str(String text) {
        return new Literal(new Value.Str(text));
    }

    static Literal integer(long value) {
        return new Literal(Value.Int.of(value));
    }

    record Tuple(List<Constant> items) implements Constant {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    /** A frozenset, its items in the order the compiler met them (the order a {@code .pyc} keeps). */
    record FrozenSet(List<Constant> items) implements Constant {
        public FrozenSet {
            items = List.copyOf(items);
        }
    }
}
