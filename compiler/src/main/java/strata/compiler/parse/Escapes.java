package strata.compiler.parse;

import strata.compiler.error.ErrorKind;
import strata.compiler.token.Token;

/**
 * Backslash escapes of non-raw string and bytes literals, as CPython's unicode-escape decoder
 * reads them: {@code \\n} and friends, octal, {@code \\x}, and for str also {@code \\N{name}},
 * {@code \\u} and {@code \\U}. An unknown escape stays as written, backslash included.
 */
final class Escapes {

    private Escapes() {
    }

    /** For bytes the result holds one char per byte value. */
    static String decode(Cursor cursor, Token token, String body, boolean bytes) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i++);
            if (c != '\\' || i >= body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int n = 0; n < 2 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7'; n++) {
                        value = value * 8 + body.charAt(i++) - '0';
                    }
                    out.append((char) (bytes ? value & 0xff : value));
                }
                case 'x' -> i = hex(cursor, token, body, i, 2, out, bytes ? "bytes" : "unicode");
                case 'u', 'U' -> {
                    if (bytes) {
                        out.append('\\').append(e);
                    } else {
                        i = hex(cursor, token, body, i, e == 'u' ? 4 : 8, out, "unicode");
                    }
                }
                case 'N' -> {
                    if (bytes) {
                        out.append("\\N");
                    } else {
                        i = named(cursor, token, body, i, out);
                    }
                }
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    private static int hex(Cursor cursor, Token token, String body, int at, int digits, StringBuilder out,
            String codec) {
        int end = at;
        while (end < at + digits && end < body.length() && Character.digit(body.charAt(end), 16) >= 0) {
            end++;
        }
        String escape = digits == 2 ? "\\xXX" : digits == 4 ? "\\uXXXX" : "\\UXXXXXXXX";
        if (end - at < digits) {
            throw error(cursor, token, codec, at - 2, end - 1, "truncated " + escape + " escape");
        }
        int value = Integer.parseUnsignedInt(body.substring(at, end), 16);
        if (value > Character.MAX_CODE_POINT) {
            throw error(cursor, token, codec, at - 2, end - 1, "illegal Unicode character");
        }
        out.appendCodePoint(value);
        return end;
    }

    private static int named(Cursor cursor, Token token, String body, int at, StringBuilder out) {
        int close = body.indexOf('}', at);
        if (at >= body.length() || body.charAt(at) != '{' || close < 0) {
            throw error(cursor, token, "unicode", at - 2, Math.max(at - 1, close), "malformed \\N character escape");
        }
        try {
            out.appendCodePoint(Character.codePointOf(body.substring(at + 1, close)));
        } catch (IllegalArgumentException e) {
            throw error(cursor, token, "unicode", at - 2, close, "unknown Unicode character name");
        }
        return close + 1;
    }

    /** CPython reports a bad escape as "(unicode error)" where the parser stands: after the strings. */
    private static RuntimeException error(Cursor cursor, Token token, String codec, int from, int to, String why) {
        String message = "(unicode error) '" + codec + "escape' codec can't decode bytes in position " + from + "-"
                + to + ": " + why;
        return cursor.errorAtFurthest(ErrorKind.SyntaxError, message);
    }
}
