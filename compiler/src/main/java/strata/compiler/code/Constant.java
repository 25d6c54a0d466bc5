package strata.compiler.code;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * A Python value that can be a constant of a code object ({@code co_consts}): the kinds a
 * {@code .pyc} holds. Equality is Python's identity of constants as the compiler merges them:
 * the type counts ({@code 1}, {@code 1.0} and {@code True} are three constants) and floats compare
 * bit for bit ({@code 0.0} and {@code -0.0} differ, a NaN equals itself), as CPython's
 * {@code _PyCode_ConstantKey} has it.
 */
public sealed interface Constant permits Constant.Singleton, Constant.Bool, Constant.Int, Constant.Float,
        Constant.Complex, Constant.Str, Constant.Bytes, Constant.Tuple, Constant.FrozenSet, CodeObject {

    /** How Python's {@code repr()} shows the value. */
    default String repr() {
        return Repr.of(this);
    }

    /** {@code None} and {@code ...}. */
    enum Singleton implements Constant {
        NONE, ELLIPSIS
    }

    record Bool(boolean value) implements Constant {
    }

    record Int(BigInteger value) implements Constant {
        public static Int of(long value) {
            return new Int(BigInteger.valueOf(value));
        }
    }

    record Float(double value) implements Constant {
        @Override
        public boolean equals(Object other) {
            return other instanceof Float that
                    && Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(that.value);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(Double.doubleToRawLongBits(value));
        }
    }

    record Complex(double real, double imag) implements Constant {
        @Override
        public boolean equals(Object other) {
            return other instanceof Complex that
                    && Double.doubleToRawLongBits(real) == Double.doubleToRawLongBits(that.real)
                    && Double.doubleToRawLongBits(imag) == Double.doubleToRawLongBits(that.imag);
        }

        @Override
        public int hashCode() {
            return 31 * Long.hashCode(Double.doubleToRawLongBits(real)) + Long.hashCode(Double.doubleToRawLongBits(imag));
        }
    }

    /**
     * A str. Java's UTF-16 holds each Python code point as itself, a supplementary one as its
     * surrogate pair; a lone surrogate (Python allows them) stays a lone surrogate.
     */
    record Str(String value) implements Constant {
    }

    record Bytes(byte[] value) implements Constant {
        public Bytes {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes that && Arrays.equals(value, that.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return repr();
        }
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
