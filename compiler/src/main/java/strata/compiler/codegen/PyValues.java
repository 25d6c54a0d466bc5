package strata.compiler.codegen;

import java.math.BigInteger;
import strata.compiler.ast.Value;
import strata.compiler.code.Constant;

/** What the constant folder needs of Python's value semantics: truth, numeric conversions, equality, lengths. */
final class PyValues {
    private PyValues() {
    }

    /** An int or bool as an integer, else null. */
    static BigInteger integer(Value v) {
        if (v instanceof Value.Int i) {
            return i.value();
        }
        if (v instanceof Value.Bool b) {
            return b.value() ? BigInteger.ONE : BigInteger.ZERO;
        }
        return null;
    }

    static boolean isNumber(Value v) {
        return v instanceof Value.Int || v instanceof Value.Bool || v instanceof Value.Float || v instanceof Value.Complex;
    }

    /** {@code float(v)} for an int, bool or float; null where Python would raise OverflowError. */
    static Double toDouble(Value v) {
        if (v instanceof Value.Float f) {
            return f.value();
        }
        BigInteger i = integer(v);
        return i == null || !Folder.fitsDouble(i) ? null : i.doubleValue();
    }

    /** {@code complex(v)} as real and imaginary parts. */
    static double[] toComplex(Value v) {
        if (v instanceof Value.Complex c) {
            return new double[] {c.real(), c.imag()};
        }
        Double d = toDouble(v);
        return d == null ? null : new double[] {d, 0.0};
    }

    /** CPython's {@code float_divmod}: floor quotient and remainder with the divisor's sign. */
    static double[] floatDivmod(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, x / y);
        }
        return new double[] {floordiv, mod};
    }

    /** {@code bool(c)}, or null for a constant whose truth is not plain (a code object). */
    static Boolean truth(Constant c) {
        if (c instanceof Constant.Tuple t) {
            return !t.items().isEmpty();
        }
        if (c instanceof Constant.FrozenSet s) {
            return !s.items().isEmpty();
        }
        if (!(c instanceof Constant.Literal literal)) {
            return null;
        }
        Value v = literal.value();
        if (v instanceof Value.None) {
            return false;
        }
        if (v instanceof Value.Ellipsis) {
            return true;
        }
        if (v instanceof Value.Float f) {
            return f.value() != 0;
        }
        if (v instanceof Value.Complex z) {
            return z.real() != 0 || z.imag() != 0;
        }
        if (v instanceof Value.Str s) {
            return !s.value().isEmpty();
        }
        if (v instanceof Value.Bytes b) {
            return b.value().length != 0;
        }
        return integer(v).signum() != 0;
    }

    /** {@code len(c)} for str (in code points), bytes and tuples; -1 for anything else. */
    static int length(Constant c) {
        if (c instanceof Constant.Tuple t) {
            return t.items().size();
        }
        if (c instanceof Constant.Literal literal) {
            if (literal.value() instanceof Value.Str s) {
                return s.value().codePointCount(0, s.value().length());
            }
            if (literal.value() instanceof Value.Bytes b) {
                return b.value().length;
            }
        }
        return -1;
    }

    /** CPython's {@code check_complexity}: what is left of {@code limit} after counting nested items. */
    static int complexity(Constant c, int limit) {
        if (c instanceof Constant.Tuple t) {
            limit -= t.items().size();
            for (Constant item : t.items()) {
                if (limit < 0) {
                    break;
                }
                limit = complexity(item, limit);
            }
        } else if (c instanceof Constant.FrozenSet s) {
            limit -= s.items().size();
            for (Constant item : s.items()) {
                if (limit < 0) {
                    break;
                }
                limit = complexity(item, limit);
            }
        }
        return limit;
    }

    /** Python's {@code ==} between constants, as a set uses it: {@code 1 == 1.0 == True}. */
    static boolean equal(Constant a, Constant b) {
        if (a instanceof Constant.Tuple x && b instanceof Constant.Tuple y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!equal(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (!(a instanceof Constant.Literal x) || !(b instanceof Constant.Literal y)) {
            return a.equals(b);
        }
        Value v = x.value();
        Value w = y.value();
        if (isNumber(v) && isNumber(w)) {
            BigInteger i = integer(v);
            BigInteger j = integer(w);
            if (i != null && j != null) {
                return i.equals(j);
            }
            double[] p = toComplex(v);
            double[] q = toComplex(w);
            if (p == null || q == null) {
                return false;
            }
            if (i != null || j != null) {
                double[] f = i != null ? q : p;
                BigInteger n = i != null ? i : j;
                return f[1] == 0 && !Double.isInfinite(f[0]) && f[0] == Math.rint(f[0])
                        && new java.math.BigDecimal(f[0]).toBigInteger().equals(n);
            }
            return p[0] == q[0] && p[1] == q[1];
        }
        return v.equals(w);
    }
}
