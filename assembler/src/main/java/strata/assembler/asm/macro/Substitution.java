package strata.assembler.asm.macro;

import java.util.Map;
import strata.assembler.asm.lex.Lexer;

/**
 * Text substitution in macro and {@code .irp} bodies: {@code \name} becomes the argument for
 * parameter {@code name}, {@code \@} the number of macros expanded so far, and {@code \()}
 * nothing (it separates a parameter from text that follows it). As in GNU, a name runs as far as
 * symbol characters go, dots included, so {@code \op.w} looks for a parameter {@code op.w};
 * write {@code \op\().w}. Other backslashes stay.
 */
public final class Substitution {

    private Substitution() {
    }

    /** {@code text} with {@code values} substituted; {@code counter} is the value of {@code \@}, or null. */
    public static String apply(String text, Map<String, String> values, String counter) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '@' && counter != null) {
                out.append(counter);
                i += 2;
            } else if (next == '(' && i + 2 < text.length() && text.charAt(i + 2) == ')') {
                i += 3;
            } else if (Lexer.isNameStart(next)) {
                int end = i + 1;
                while (end < text.length() && Lexer.isNamePart(text.charAt(end))) {
                    end++;
                }
                String name = text.substring(i + 1, end);
                String value = values.get(name);
                if (value != null) {
                    out.append(value);
                    i = end;
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
