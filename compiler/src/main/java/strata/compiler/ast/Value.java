package strata.compiler.ast;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * ASDL {@code constant}: the Python values a literal can denote. {@link #repr()} is CPython's
 * {@code repr()} of the value, which is what {@code ast.dump} prints.
 */
public sealed interface Value {

    /** CPython's {@code repr()} of this value. */
    String repr();

    /** An int of any size. */
    record Int(BigInteger value) implements Value {
        public static Int of(long value) {
            return new Int(BigInteger.valueOf(value));
        }

        @Override
        public String repr() {
            return value.toString();
        }
    }

    record Float(double value) implements Value {
        @Override
        public String repr() {
            return FloatRepr.repr(value, true);
        }
    }

    /** A complex number; a literal such as {@code 2j} has real part +0.0. */
    record Complex(double real, double imag) implements Value {
        @Override
        public String repr() {
            String imagPart = FloatRepr.repr(imag, false) + "j";
            if (real == 0 && 1 / real > 0) {
                return imagPart;
            }
            String sign = imag < 0 || (imag == 0 && 1 / imag < 0) || Double.isNaN(imag) ? "" : "+";
            return "(" + FloatRepr.repr(real, false) + sign + imagPart + ")";
        }
    }

    /** A str; Java's UTF-16 holds every code point, and lone surrogates as escapes can make them. */
    record Str(String value) implements Value {
        @Override
        public String repr() {
            return StrRepr.repr(value);
        }
    }

    record Bytes(byte[] value) implements Value {
        @Override
        public String repr() {
            return StrRepr.repr(value);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes bytes && Arrays.equals(value, bytes.value);
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

    record Bool(boolean value) implements Value {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);

        @Override
        public String repr() {
            return value ? "True" : "False";
        }
    }

    record None() implements Value {
        public static final None INSTANCE = new None();

        @Override
        public String repr() {
            return "None";
        }
    }

    record Ellipsis() implements Value {
        public static final Ellipsis INSTANCE = new Ellipsis();

        @Override
        public String repr() {
            return "Ellipsis";
        }
    }
}
