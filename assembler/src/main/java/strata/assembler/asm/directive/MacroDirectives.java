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

    /**
     * Reads the body up to {@code .endm} in any case, so that a bad header does not leave the
     * body to be assembled; the macro is defined only if the header is good.
     */
    private static void define(DirectiveContext context, DirectiveCall call) {
        Macro.Parameter[] parameters;
        Token name;
        try {
            name = call.symbolName();
            call.args().accept(",");
            parameters = parameters(call);
            if (context.macros().find(name.text()) != null) {
                throw new AsmException(name.start(), "macro '" + name.text() + "' is already defined");
            }
        } catch (AsmException e) {
            context.collect(new BodyCollector(BodyCollector.Kind.MACRO, context.line(), body -> { }));
            throw e;
        }
        Token macroName = name;
        context.collect(new BodyCollector(BodyCollector.Kind.MACRO, context.line(), body -> context.macros()
                .define(new Macro(macroName.text(), List.of(parameters), body, context.line()))));
    }

    private static Macro.Parameter[] parameters(DirectiveCall call) {
        List<Macro.Parameter> parameters = new ArrayList<>();
        int from = call.args().atEnd() ? call.text().length() : call.args().column();
        for (MacroArguments.Argument argument : MacroArguments.split(call.text(), from)) {
            parameters.add(parameter(argument));
        }
        return parameters.toArray(new Macro.Parameter[0]);
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
        context.expand(expanded, 1, "in macro '" + macro.name() + "' called at", true);
    }

    /** A bad count is reported after the body is read, which then assembles no times. */
    private static void repeat(DirectiveContext context, DirectiveCall call) {
        AsmException problem = null;
        long count = 0;
        try {
            int column = call.args().column();
            count = context.absolute(call.args());
            call.args().expectEnd();
            if (count < 0) {
                throw new AsmException(column, ".rept count " + count + " is negative");
            }
        } catch (AsmException e) {
            problem = e;
            count = 0;
        }
        long times = count;
        context.collect(new BodyCollector(BodyCollector.Kind.REPEAT, context.line(),
                body -> context.expand(body, times, "in .rept at", false)));
        if (problem != null) {
            throw problem;
        }
    }

    private static void iterate(DirectiveContext context, DirectiveCall call, boolean characters) {
        Token parameter;
        try {
            parameter = call.symbolName();
        } catch (AsmException e) {
            context.collect(new BodyCollector(BodyCollector.Kind.REPEAT, context.line(), body -> { }));
            throw e;
        }
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
            context.expand(expanded, 1, what, false);
        }));
    }
}
