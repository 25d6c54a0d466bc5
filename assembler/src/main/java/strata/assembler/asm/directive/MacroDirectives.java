package strata.assembler.asm.directive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.lex.Token;
import strata.assembler.asm.macro.BodyCollector;
import strata.assembler.asm.macro.Macro;
import strata.assembler.asm.macro.MacroArguments;
import strata.assembler.asm.macro.Substitution;
import strata.assembler.asm.source.Statement;

/**
 * Macros and repetitions: {@code .macro name params} ... {@code .endm}, {@code .exitm},
 * {@code .purgem}, and {@code .rept count}, {@code .irp param, values},
 * {@code .irpc param, characters} ... {@code .endr}; also the expansion of a macro call.
 */
public final class MacroDirectives {

    private MacroDirectives() {
    }

    static void register(Map<String, Directive> table) {
        table.put(".macro", MacroDirectives::define);
        table.put(".endm", (context, call) -> {
            throw new AsmException(call.name().start(), ".endm without .macro");
        });
        table.put(".exitm", (context, call) -> {
            if (!context.exitMacro()) {
                throw new AsmException(call.name().start(), ".exitm outside a macro");
            }
        });
        table.put(".purgem", (context, call) -> {
            Token name = call.symbolName();
            call.args().expectEnd();
            if (!context.macros().purge(name.text())) {
                throw new AsmException(name.start(), "no macro named '" + name.text() + "'");
            }
        });
        table.put(".rept", MacroDirectives::repeat);
        table.put(".irp", (context, call) -> iterate(context, call, false));
        table.put(".irpc", (context, call) -> iterate(context, call, true));
        table.put(".endr", (context, call) -> {
            throw new AsmException(call.name().start(), ".endr without .rept, .irp or .irpc");
        });
    }

    private static void define(DirectiveContext context, DirectiveCall call) {
        Token name = call.symbolName();
        call.args().accept(",");
        List<Macro.Parameter> parameters = new ArrayList<>();
        int from = call.args().atEnd() ? call.text().length() : call.args().column();
        for (MacroArguments.Argument argument : MacroArguments.split(call.text(), from)) {
            parameters.add(parameter(argument));
        }
        if (context.macros().find(name.text()) != null) {
            throw new AsmException(name.start(), "macro '" + name.text() + "' is already defined");
        }
        context.collect(new BodyCollector(BodyCollector.Kind.MACRO, context.line(),
                body -> context.macros().define(new Macro(name.text(), List.copyOf(parameters), body, context.line()))));
    }

    /** A parameter as declared: {@code name}, {@code name=default}, {@code name:req}, {@code name:vararg}. */
    private static Macro.Parameter parameter(MacroArguments.Argument argument) {
        String text = argument.text();
        String defaultValue = null;
        int equals = text.indexOf('=');
        if (equals >= 0) {
            defaultValue = text.substring(equals + 1).strip();
            text = text.substring(0, equals).strip();
        }
        boolean required = false;
        boolean vararg = false;
        int colon = text.indexOf(':');
        if (colon >= 0) {
            String qualifier = text.substring(colon + 1);
            text = text.substring(0, colon);
            required = qualifier.equals("req");
            vararg = qualifier.equals("vararg");
            if (!required && !vararg) {
                throw new AsmException(argument.column(), "unknown parameter qualifier ':" + qualifier + "'");
            }
        }
        if (text.isEmpty()) {
            throw new AsmException(argument.column(), "expected a parameter name");
        }
        return new Macro.Parameter(text, defaultValue, required, vararg);
    }

    /** Expands a call of {@code macro}; the arguments start at the cursor of {@code call}. */
    public static void call(DirectiveContext context, Macro macro, DirectiveCall call) {
        int from = call.args().atEnd() ? call.text().length() : call.args().column();
        Map<String, String> values = MacroArguments.bind(macro, MacroArguments.split(call.text(), from),
                call.name().start());
        String counter = Integer.toString(context.macros().nextExpansion());
        List<Statement> expanded = new ArrayList<>(macro.body().size());
        for (Statement statement : macro.body()) {
            expanded.add(new Statement(statement.line(), Substitution.apply(statement.text(), values, counter)));
        }
        context.expand(expanded, "in macro '" + macro.name() + "' called at", true);
    }

    private static void repeat(DirectiveContext context, DirectiveCall call) {
        int column = call.args().column();
        long count = context.absolute(call.args());
        call.args().expectEnd();
        if (count < 0) {
            throw new AsmException(column, ".rept count " + count + " is negative");
        }
        context.collect(new BodyCollector(BodyCollector.Kind.REPEAT, context.line(), body -> {
            List<Statement> expanded = new ArrayList<>();
            for (long i = 0; i < count; i++) {
                expanded.addAll(body);
            }
            context.expand(expanded, "in .rept at", false);
        }));
    }

    private static void iterate(DirectiveContext context, DirectiveCall call, boolean characters) {
        Token parameter = call.symbolName();
        List<String> values = new ArrayList<>();
        if (call.args().accept(",")) {
            int from = call.args().atEnd() ? call.text().length() : call.args().column();
            if (characters) {
                for (char c : call.text().substring(from).strip().toCharArray()) {
                    values.add(String.valueOf(c));
                }
            } else {
                for (MacroArguments.Argument argument : MacroArguments.split(call.text(), from)) {
                    values.add(argument.text());
                }
            }
        }
        if (values.isEmpty()) {
            values.add("");
        }
        String what = "in " + call.name().text() + " at";
        context.collect(new BodyCollector(BodyCollector.Kind.REPEAT, context.line(), body -> {
            List<Statement> expanded = new ArrayList<>();
            for (String value : values) {
                for (Statement statement : body) {
                    expanded.add(new Statement(statement.line(),
                            Substitution.apply(statement.text(), Map.of(parameter.text(), value), null)));
                }
            }
            context.expand(expanded, what, false);
        }));
    }
}
