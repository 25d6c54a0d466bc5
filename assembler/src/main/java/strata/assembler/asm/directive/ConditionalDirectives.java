package strata.assembler.asm.directive;

import java.util.Map;
import java.util.function.LongPredicate;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.lex.TokenCursor;
import strata.assembler.asm.symbol.AsmSymbol;

/**
 * Conditional assembly: {@code .if expr} and its comparisons with zero ({@code .ifeq},
 * {@code .ifne}, {@code .ifgt}, {@code .ifge}, {@code .iflt}, {@code .ifle}), {@code .ifdef} and
 * {@code .ifndef}, the string tests {@code .ifc}/{@code .ifnc}, {@code .ifeqs}/{@code .ifnes}
 * and {@code .ifb}/{@code .ifnb}, then {@code .elseif}, {@code .else}, {@code .endif}. These
 * run even inside a skipped block, to keep track of nesting.
 */
final class ConditionalDirectives {

    private ConditionalDirectives() {
    }

    static void register(Map<String, Directive> table) {
        table.put(".if", (context, call) -> compare(context, call, v -> v != 0));
        table.put(".ifne", (context, call) -> compare(context, call, v -> v != 0));
        table.put(".ifeq", (context, call) -> compare(context, call, v -> v == 0));
        table.put(".ifgt", (context, call) -> compare(context, call, v -> v > 0));
        table.put(".ifge", (context, call) -> compare(context, call, v -> v >= 0));
        table.put(".iflt", (context, call) -> compare(context, call, v -> v < 0));
        table.put(".ifle", (context, call) -> compare(context, call, v -> v <= 0));
        table.put(".ifdef", (context, call) -> defined(context, call, true));
        table.put(".ifndef", (context, call) -> defined(context, call, false));
        table.put(".ifnotdef", (context, call) -> defined(context, call, false));
        table.put(".ifc", (context, call) -> sameText(context, call, true));
        table.put(".ifnc", (context, call) -> sameText(context, call, false));
        table.put(".ifeqs", (context, call) -> sameString(context, call, true));
        table.put(".ifnes", (context, call) -> sameString(context, call, false));
        table.put(".ifb", (context, call) -> blank(context, call, true));
        table.put(".ifnb", (context, call) -> blank(context, call, false));
        table.put(".elseif", (context, call) -> context.conditionals().elseIf(call.name().start(),
                () -> absolute(context, call.args()) != 0));
        table.put(".else", (context, call) -> context.conditionals().otherwise(call.name().start()));
        table.put(".endif", (context, call) -> context.conditionals().close(call.name().start()));
    }

    /** True for the directives that must run inside a skipped block. */
    static boolean isConditional(String name) {
        return name.startsWith(".if") || name.equals(".else") || name.equals(".elseif") || name.equals(".endif");
    }

    private static void compare(DirectiveContext context, DirectiveCall call, LongPredicate test) {
        context.conditionals().open(context.line(), () -> test.test(absolute(context, call.args())));
    }

    private static long absolute(DirectiveContext context, TokenCursor args) {
        long value = context.absolute(args);
        args.expectEnd();
        return value;
    }

    private static void defined(DirectiveContext context, DirectiveCall call, boolean wanted) {
        context.conditionals().open(context.line(), () -> {
            String name = call.symbolName().text();
            call.args().expectEnd();
            AsmSymbol symbol = context.symbols().find(name);
            return (symbol != null && symbol.isDefined()) == wanted;
        });
    }

    /** {@code .ifc a, b}: the two texts, unquoted and trimmed, are equal. */
    private static void sameText(DirectiveContext context, DirectiveCall call, boolean wanted) {
        context.conditionals().open(context.line(), () -> {
            String rest = call.rest();
            int comma = splitPoint(rest);
            if (comma < 0) {
                throw new AsmException(call.name().start(), call.name().text() + " needs two strings separated by a comma");
            }
            return unquote(rest.substring(0, comma)).equals(unquote(rest.substring(comma + 1))) == wanted;
        });
    }

    private static void sameString(DirectiveContext context, DirectiveCall call, boolean wanted) {
        context.conditionals().open(context.line(), () -> {
            String first = call.stringText();
            call.args().expect(",");
            String second = call.stringText();
            call.args().expectEnd();
            return first.equals(second) == wanted;
        });
    }

    private static void blank(DirectiveContext context, DirectiveCall call, boolean wanted) {
        context.conditionals().open(context.line(), () -> call.rest().isEmpty() == wanted);
    }

    /** The comma separating the two operands of .ifc, outside quotes. */
    private static int splitPoint(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String text) {
        String trimmed = text.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }
}
