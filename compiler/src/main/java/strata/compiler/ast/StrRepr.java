package strata.compiler.ast;

/**
 * CPython's {@code repr()} of str and bytes: single quotes unless the text holds a single quote and
 * no double quote; backslash escapes for the quote, the backslash, tab, newline and return;
 * {@code \xhh}, {@code \\uhhhh} or {@code \Uhhhhhhhh} for what is not printable.
 */
public final class StrRepr {

    private StrRepr() {
    }

    static String repr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
        text.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (!appendCommonEscape(out, c)) {
                if (c < ' ' || c == 0x7f) {
                    out.append(String.format("\\x%02x", c));
                } else if (c < 0x7f || isPrintable(c)) {
                    out.appendCodePoint(c);
                } else if (c <= 0xff) {
                    out.append(String.format("\\x%02x", c));
                } else if (c <= 0xffff) {
                    out.append(String.format("\\u%04x", c));
                } else {
                    out.append(String.format("\\U%08x", c));
                }
            }
        });
        return out.append(quote).toString();
    }

    static String repr(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(bytes.length + 3).append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (!appendCommonEscape(out, c)) {
                if (c < ' ' || c >= 0x7f) {
                    out.append(String.format("\\x%02x", c));
                } else {
                    out.append((char) c);
                }
            }
        }
        return out.append(quote).toString();
    }

    private static boolean appendCommonEscape(StringBuilder out, int c) {
        switch (c) {
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Python's str.isprintable for one code point: not a control, format, surrogate, private,
     * unassigned or separator character (the space aside). */
    public static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> c == ' ';
            default -> true;
        };
    }
}
