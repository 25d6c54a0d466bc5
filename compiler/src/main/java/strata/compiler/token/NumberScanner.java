package strata.compiler.token;

import strata.compiler.error.ErrorKind;

/**
 * Scans one number token as CPython's tokenizer does: {@code 0x}/{@code 0o}/{@code 0b} integers,
 * decimal integers (no leading zeros but for zero itself), floats with fraction and exponent,
 * imaginary {@code j} suffixes, and single {@code _} between digits; with CPython's messages and
 * its cursor positions (the offset counts the characters before the tokenizer's cursor).
 */
final class NumberScanner {

    private final Source source;
    private final String text;
    private final int start;
    private int cur;

    NumberScanner(Source source, int start) {
        this.source = source;
        this.text = source.text();
        this.start = start;
        this.cur = start;
    }

    /** The character at the cursor, or 0 at the end; the cursor moves past it like tok_nextc. */
    private char next() {
        return cur < text.length() ? text.charAt(cur++) : (char) (cur++ * 0);
    }

    private void backup() {
        cur--;
    }

    void scan(Tokenizer tokenizer) {
        char c = next();
        if (c == '.') {
            fraction(next());
        } else if (c == '0') {
            zero();
        } else {
            afterInteger(decimalTail());
        }
        tokenizer.numberEnds(start, cur);
    }

    private void zero() {
        char c = next();
        char lower = Character.toLowerCase(c);
        if (lower == 'x') {
            radix(16, "hexadecimal");
        } else if (lower == 'o') {
            radix(8, "octal");
        } else if (lower == 'b') {
            radix(2, "binary");
        } else {
            boolean nonzero = false;
            while (true) {
                if (c == '_') {
                    c = next();
                    if (!isDigit(c)) {
                        backup();
                        throw source.tokenizerError("invalid decimal literal", cur);
                    }
                }
                if (c != '0') {
                    break;
                }
                c = next();
            }
            int zerosEnd = cur;
            if (isDigit(c)) {
                nonzero = true;
                c = decimalTail();
            }
            char l = Character.toLowerCase(c);
            if (c == '.' || l == 'e' || l == 'j') {
                afterInteger(c);
            } else if (nonzero) {
                backup();
                int line = source.lineOf(start);
                throw source.errorAt(ErrorKind.SyntaxError, "leading zeros in decimal integer "
                        + "literals are not permitted; use an 0o prefix for octal integers", start,
                        source.charCol(line, start) + 1, source.charCol(line, zerosEnd));
            } else {
                endOfNumber(c, "decimal");
                backup();
            }
        }
    }

    /** After {@code 0x}, {@code 0o} or {@code 0b}: digits of the radix, with single underscores. */
    private void radix(int radix, String kind) {
        char c = next();
        do {
            if (c == '_') {
                c = next();
            }
            if (Character.digit(c, radix) < 0) {
                if (radix < 16 && isDigit(c)) {
                    throw source.tokenizerError("invalid digit '" + c + "' in " + kind + " literal", cur);
                }
                backup();
                throw source.tokenizerError("invalid " + kind + " literal", cur);
            }
            do {
                c = next();
            } while (Character.digit(c, radix) >= 0);
        } while (c == '_');
        if (radix < 16 && isDigit(c)) {
            throw source.tokenizerError("invalid digit '" + c + "' in " + kind + " literal", cur);
        }
        endOfNumber(c, kind);
        backup();
    }

    /** After the integer part of a decimal: a fraction, an exponent, a j, or the end. */
    private void afterInteger(char c) {
        if (c == '.') {
            fraction(next());
        } else {
            exponent(c);
        }
    }

    private void fraction(char c) {
        exponent(isDigit(c) ? decimalTail() : c);
    }

    private void exponent(char first) {
        char c = first;
        if (c == 'e' || c == 'E') {
            char e = c;
            c = next();
            if (c == '+' || c == '-') {
                c = next();
                if (!isDigit(c)) {
                    backup();
                    throw source.tokenizerError("invalid decimal literal", cur);
                }
            } else if (!isDigit(c)) {
                backup();
                endOfNumber(e, "decimal");
                backup();
                return;
            }
            c = decimalTail();
        }
        if (c == 'j' || c == 'J') {
            c = next();
            endOfNumber(c, "imaginary");
        } else {
            endOfNumber(c, "decimal");
        }
        backup();
    }

    /** Digits with single underscores between them; returns the character after them, consumed. */
    private char decimalTail() {
        char c;
        while (true) {
            do {
                c = next();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = next();
            if (!isDigit(c)) {
                backup();
                throw source.tokenizerError("invalid decimal literal", cur);
            }
            backup();
        }
    }

    /**
     * A number may be followed by a keyword that can come after it in valid code ({@code 1if x else
     * y} is allowed, with a warning), but not by other letters or digits.
     */
    private void endOfNumber(char c, String kind) {
        if (keywordFollows(c)) {
            return;
        }
        if (Tokenizer.isIdentifierChar(c)) {
            backup();
            throw source.tokenizerError("invalid " + kind + " literal", cur);
        }
    }

    private boolean keywordFollows(char c) {
        String rest = text.substring(cur, Math.min(text.length(), cur + 3));
        return switch (c) {
            case 'a' -> rest.startsWith("nd");
            case 'e' -> rest.startsWith("lse");
            case 'f' -> rest.startsWith("or");
            case 'i' -> rest.startsWith("f") || rest.startsWith("n") || rest.startsWith("s");
            case 'o' -> rest.startsWith("r");
            case 'n' -> rest.startsWith("ot");
            default -> false;
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
