package strata.assembler.asm.directive;

import java.util.Locale;
import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.lex.TokenCursor;

/**
 * {@code .float} and {@code .single} (IEEE single precision) and {@code .double}: decimal
 * literals, correctly rounded as GNU {@code as} rounds them, with an optional {@code 0f}/{@code 0d}
 * style prefix, and {@code inf}, {@code nan} with GNU's bit patterns (a NaN is all ones but the
 * sign). Like GNU, these take literals, not expressions.
 */
final class FloatDirectives {
    private static final long DOUBLE_NAN = 0x7fffffffffffffffL;
    private static final long FLOAT_NAN = 0x7fffffffL;

    private FloatDirectives() {
    }

    static void register(Map<String, Directive> table) {
        table.put(".float", (context, call) -> floats(context, call, false));
        table.put(".single", (context, call) -> floats(context, call, false));
        table.put(".double", (context, call) -> floats(context, call, true));
    }

    private static void floats(DirectiveContext context, DirectiveCall call, boolean wide) {
        TokenCursor args = call.args();
        if (args.atEnd()) {
            return;
        }
        context.sections().beginData();
        String text = call.text();
        do {
            int start = args.column();
            int end = literalEnd(text, start);
            long bits = bits(text.substring(start, end).strip(), wide, start);
            while (!args.atEnd() && args.peek().start() < end) {
                args.next();
            }
            context.sections().bytes(littleEndian(bits, wide ? 8 : 4), start);
        } while (args.accept(","));
        args.expectEnd();
    }

    private static int literalEnd(String text, int start) {
        int end = start;
        while (end < text.length() && text.charAt(end) != ',') {
            end++;
        }
        return end;
    }

    /** The IEEE bits of one literal. */
    static long bits(String literal, boolean wide, int column) {
        String text = literal;
        boolean negative = false;
        if (text.startsWith("+") || text.startsWith("-")) {
            negative = text.startsWith("-");
            text = text.substring(1);
        }
        if (text.length() > 2 && text.charAt(0) == '0' && "rRsSfFdDxXpPhH".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(2);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("nan")) {
            long nan = wide ? DOUBLE_NAN : FLOAT_NAN;
            return negative ? nan | (wide ? Long.MIN_VALUE : 0x80000000L) : nan;
        }
        if (lower.equals("inf") || lower.equals("infinity")) {
            return wide ? Double.doubleToRawLongBits(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                    : Float.floatToRawIntBits(negative ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY) & 0xffffffffL;
        }
        if (!text.matches("[0-9]*\\.?[0-9]*([eE][+-]?[0-9]*)?") || !text.matches(".*[0-9].*")) {
            throw new AsmException(column, "bad floating-point number '" + literal + "'");
        }
        String decimal = (negative ? "-" : "") + text.replaceFirst("[eE][+-]?$", "");
        return wide ? Double.doubleToRawLongBits(Double.parseDouble(decimal))
                : Float.floatToRawIntBits(Float.parseFloat(decimal)) & 0xffffffffL;
    }

    private static byte[] littleEndian(long bits, int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (bits >>> (8 * i));
        }
        return bytes;
    }
}
