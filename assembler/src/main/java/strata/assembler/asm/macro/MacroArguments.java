package strata.assembler.asm.macro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.lex.Lexer;

/**
 * Reads the arguments of a macro call the way GNU {@code as} does: they are separated by commas,
 * or by blanks between two words (blanks next to an operator do not separate, so
 * {@code m 1 + 2, 3} has two arguments); a quoted argument loses its quotes; an argument may name
 * its parameter ({@code b=2}).
 */
public final class MacroArguments {

    /**
     * One argument as written, with the column it starts at and the raw text from there to the
     * end of the statement (what a {@code :vararg} parameter takes).
     */
    public record Argument(String text, int column, String rest) {
    }

    private MacroArguments() {
    }

    public static List<Argument> split(String text, int from) {
        List<Argument> arguments = new ArrayList<>();
        int i = skipBlanks(text, from);
        if (i >= text.length()) {
            return arguments;
        }
        StringBuilder current = new StringBuilder();
        int start = i;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ',') {
                arguments.add(argument(current, start, text));
                current.setLength(0);
                i = skipBlanks(text, i + 1);
                start = i;
            } else if (c == '"') {
                int end = closingQuote(text, i);
                current.append(text, i + 1, Math.max(i + 1, end - 1));
                i = end;
            } else if (Character.isWhitespace(c)) {
                int next = skipBlanks(text, i);
                if (next < text.length() && separates(current, text.charAt(next))) {
                    arguments.add(argument(current, start, text));
                    current.setLength(0);
                    start = next;
                }
                i = next;
            } else {
                current.append(c);
                i++;
            }
        }
        arguments.add(argument(current, start, text));
        return arguments;
    }

    private static Argument argument(StringBuilder current, int start, String text) {
        return new Argument(current.toString(), start, text.substring(Math.min(start, text.length())).strip());
    }

    /** Blanks separate two arguments only between two words, not around an operator or a comma. */
    private static boolean separates(StringBuilder before, char after) {
        if (before.length() == 0 || after == ',') {
            return false;
        }
        return isWordEnd(before.charAt(before.length() - 1)) && isWordStart(after);
    }

    private static boolean isWordEnd(char c) {
        return Lexer.isNamePart(c) || c == ')' || c == '"' || c == '\'';
    }

    private static boolean isWordStart(char c) {
        return Lexer.isNamePart(c) || c == '(' || c == '"' || c == '\'' || c == '\\';
    }

    private static int skipBlanks(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int closingQuote(String text, int open) {
        int i = open + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }

    /** The value of each parameter of {@code macro} for the call's arguments. */
    public static Map<String, String> bind(Macro macro, List<Argument> arguments, int column) {
        Map<String, String> values = new HashMap<>();
        List<Macro.Parameter> parameters = macro.parameters();
        int position = 0;
        for (int a = 0; a < arguments.size(); a++) {
            Argument argument = arguments.get(a);
            Macro.Parameter named = namedParameter(macro, argument.text());
            if (named != null) {
                values.put(named.name(), argument.text().substring(argument.text().indexOf('=') + 1).trim());
                continue;
            }
            if (position >= parameters.size()) {
                throw new AsmException(argument.column(), "too many arguments for macro '" + macro.name() + "'");
            }
            Macro.Parameter parameter = parameters.get(position++);
            if (parameter.vararg()) {
                values.put(parameter.name(), argument.rest());
                break;
            }
            if (!argument.text().isEmpty()) {
                values.put(parameter.name(), argument.text());
            }
        }
        for (Macro.Parameter parameter : parameters) {
            if (!values.containsKey(parameter.name())) {
                if (parameter.required()) {
                    throw new AsmException(column, "missing argument '" + parameter.name() + "' for macro '" + macro.name() + "'");
                }
                values.put(parameter.name(), parameter.defaultValue() == null ? "" : parameter.defaultValue());
            }
        }
        return values;
    }

    private static Macro.Parameter namedParameter(Macro macro, String text) {
        int equals = text.indexOf('=');
        if (equals <= 0 || (equals + 1 < text.length() && text.charAt(equals + 1) == '=')) {
            return null;
        }
        String name = text.substring(0, equals).trim();
        for (Macro.Parameter parameter : macro.parameters()) {
            if (parameter.name().equals(name)) {
                return parameter;
            }
        }
        return null;
    }
}
