package strata.assembler.asm.directive;

import java.util.HashMap;
import java.util.Map;

/** Every directive by its lower-case name. */
public final class Directives {
    private static final Map<String, Directive> TABLE = new HashMap<>();

    static {
        DataDirectives.register(TABLE);
        FloatDirectives.register(TABLE);
        SectionDirectives.register(TABLE);
        SymbolDirectives.register(TABLE);
        AlignDirectives.register(TABLE);
        ConditionalDirectives.register(TABLE);
        MacroDirectives.register(TABLE);
        MiscDirectives.register(TABLE);
        RelocDirective.register(TABLE);
        OrgDirective.register(TABLE);
        IncbinDirective.register(TABLE);
    }

    private Directives() {
    }

    /** The directive named {@code name} (lower case), or null. */
    public static Directive find(String name) {
        return TABLE.get(name);
    }

    /** The names of every directive. */
    public static java.util.Set<String> names() {
        return java.util.Set.copyOf(TABLE.keySet());
    }

    /** True for the conditional directives, which run even inside a skipped block. */
    public static boolean isConditional(String name) {
        return ConditionalDirectives.isConditional(name) && TABLE.containsKey(name);
    }

    /** {@code name = expr}: the same as {@code .set name, expr}. */
    public static void assign(DirectiveContext context, strata.assembler.asm.lex.Token name,
                              strata.assembler.asm.lex.TokenCursor args) {
        SymbolDirectives.assign(context, name, args, true);
    }
}
