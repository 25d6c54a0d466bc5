package strata.compiler.ast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython's {@code repr()} of a float: the shortest decimal that reads back as the same double
 * (Java 17's {@code Double.toString} is not always the shortest), written in fixed notation when the
 * decimal exponent is in [-4, 16), else as {@code d.ddde+XX}.
 */
final class FloatRepr {

    private FloatRepr() {
    }

    /** {@code addDotZero}: floats print {@code 2.0}, the parts of a complex print {@code 2}. */
    static String repr(double value, boolean addDotZero) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            String zero = addDotZero ? "0.0" : "0";
            return 1 / value < 0 ? "-" + zero : zero;
        }
        BigDecimal shortest = shortest(Math.abs(value));
        String digits = shortest.unscaledValue().toString().replaceFirst("0+$", "");
        // decpt: where the decimal point falls relative to the digit string, as in CPython's dtoa
        int decpt = shortest.precision() - shortest.scale();
        String sign = value < 0 ? "-" : "";
        if (decpt > -4 && decpt <= 16) {
            return sign + fixed(digits, decpt, addDotZero);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        int exponent = decpt - 1;
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    private static String fixed(String digits, int decpt, boolean addDotZero) {
        if (decpt <= 0) {
            return "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return digits + "0".repeat(decpt - digits.length()) + (addDotZero ? ".0" : "");
        }
        return digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }
}
