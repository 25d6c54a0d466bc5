package strata.compiler.token;

import strata.compiler.ast.StrRepr;

/**
 * Non-ASCII identifiers: each character must be a Unicode identifier start (or continuation after
 * the first), else CPython's "invalid character" error at that character.
 */
final class Identifiers {

    private Identifiers() {
    }

    static void verify(Source source, int start, int end) {
        String text = source.text();
        int i = start;
        while (i < end) {
            int c = text.codePointAt(i);
            boolean ok = i == start ? c == '_' || Character.isUnicodeIdentifierStart(c)
                    : Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
            if (!ok) {
                int after = i + Character.charCount(c);
                String hex = String.format("%04X", c);
                throw source.tokenizerError(StrRepr.isPrintable(c) ? "invalid character '" + Character.toString(c) + "' (U+"
                        + hex + ")" : "invalid non-printable character U+" + hex, after);
            }
            i += Character.charCount(c);
        }
    }
}
