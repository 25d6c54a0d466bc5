package strata.compiler.code;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Python's {@code repr()} of the constants a code object holds, as CPython 3.11 writes it: the
 * shortest float that reads back the same, str and bytes quoted and escaped the way Python chooses,
 * {@code (1,)} for a one-tuple. A code object shows as {@code <code object f, file "x.py", line 3>}:
 * CPython's form without the address, which Strata's code objects do not have.
 */
public final class Repr {
    /** Doubles have at most 17 significant decimal digits that matter. */
    private static final int MAX_DIGITS = 17;

    private Repr() {
    }

    public static String of(Constant constant) {
        if (constant instanceof Constant.Singleton singleton) {
            return singleton == Constant.Singleton.NONE ? "None" : "Ellipsis";
        } else if (constant instanceof Constant.Bool bool) {
            return bool.value() ? "True" : "False";
        } else if (constant instanceof Constant.Int integer) {
            return integer.value().toString();
        } else if (constant instanceof Constant.Float number) {
            return ofFloat(number.value());
        } else if (constant instanceof Constant.Complex complex) {
            return ofComplex(complex.real(), complex.imag());
        } else if (constant instanceof Constant.Str str) {
            return ofStr(str.value());
        } else if (constant instanceof Constant.Bytes bytes) {
            return ofBytes(bytes.value());
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

    /** {@code repr(float)}: {@code 1.0}, {@code 1e+16}, {@code 1.5e-05}, {@code inf}, {@code nan}. */
    public static String ofFloat(double value) {
        String text = shortest(value, false);
        return text.matches("-?\\d+") ? text + ".0" : text;
    }

    /** {@code repr(complex)}: {@code 1j} when the real part is +0, else {@code (1+2j)}. */
    static String ofComplex(double real, double imag) {
        if (real == 0 && Math.copySign(1.0, real) > 0) {
            return shortest(imag, false) + "j";
        }
        return "(" + shortest(real, false) + shortest(imag, true) + "j)";
    }

    /**
     * CPython's {@code float_repr_style = 'short'} formatting: the fewest significant digits that
     * read back as {@code value}, in positional notation when the decimal exponent is from -4 to
     * 16, else as {@code d.ddde+XX}; no {@code .0} added. {@code sign} forces a leading {@code +}.
     */
    private static String shortest(double value, boolean sign) {
        String prefix = value < 0 || (value == 0 && Math.copySign(1.0, value) < 0) ? "-" : sign ? "+" : "";
        if (Double.isNaN(value)) {
            return (sign ? "+" : "") + "nan";
        }
        if (Double.isInfinite(value)) {
            return prefix + "inf";
        }
        if (value == 0) {
            return prefix + "0";
        }
        BigDecimal exact = new BigDecimal(Math.abs(value));
        BigDecimal rounded = exact;
        for (int digits = 1; digits <= MAX_DIGITS; digits++) {
            rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == Math.abs(value)) {
                break;
            }
        }
        rounded = rounded.stripTrailingZeros();
        String digits = rounded.unscaledValue().toString();
        int point = digits.length() - rounded.scale();
        return prefix + place(digits, point);
    }

    /** Digits {@code d1 d2 ...} with the decimal point after {@code point} of them (0.d1d2 x 10^point). */
    private static String place(String digits, int point) {
        if (point > 16 || point <= -4) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int exponent = point - 1;
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        if (point <= 0) {
            return "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return digits + "0".repeat(point - digits.length());
        }
        return digits.substring(0, point) + "." + digits.substring(point);
    }

    /** {@code repr(str)}: quoted with ' unless the text holds ' and no ", escapes as Python's. */
    public static String ofStr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        text.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || printable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        });
        return out.append(quote).toString();
    }

    /** Python's {@code str.isprintable()} for one code point: not a control, format, separator or unassigned. */
    private static boolean printable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** {@code repr(bytes)}: {@code b'...'}, bytes outside printable ASCII as {@code \xNN}. */
    public static String ofBytes(byte[] bytes) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : bytes) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder out = new StringBuilder("b").append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }
}
