package strata.assembler.asm.directive;

import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.expr.Evaluator;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.lex.Token;
import strata.assembler.asm.lex.TokenCursor;
import strata.assembler.asm.source.SourceLine;
import strata.assembler.asm.symbol.AsmSymbol;
import strata.assembler.object.Symbol;

/**
 * Directives about symbols: binding ({@code .globl}, {@code .global}, {@code .local},
 * {@code .weak}), visibility ({@code .hidden}, {@code .protected}, {@code .internal}), ELF type
 * and size ({@code .type}, {@code .size}), and values
 * ({@code .set}, {@code .equ}, {@code .equiv}, and {@code name = expr}).
 */
final class SymbolDirectives {
    private static final Map<String, Symbol.Type> TYPES = Map.of(
            "function", Symbol.Type.FUNC,
            "stt_func", Symbol.Type.FUNC,
            "object", Symbol.Type.OBJECT,
            "stt_object", Symbol.Type.OBJECT,
            "notype", Symbol.Type.NOTYPE,
            "stt_notype", Symbol.Type.NOTYPE,
            "tls_object", Symbol.Type.TLS,
            "stt_tls", Symbol.Type.TLS);

    private SymbolDirectives() {
    }

    static void register(Map<String, Directive> table) {
        table.put(".globl", (context, call) -> bind(context, call, Symbol.Binding.GLOBAL));
        table.put(".global", (context, call) -> bind(context, call, Symbol.Binding.GLOBAL));
        table.put(".local", (context, call) -> bind(context, call, Symbol.Binding.LOCAL));
        table.put(".weak", (context, call) -> bind(context, call, Symbol.Binding.WEAK));
        table.put(".hidden", (context, call) -> visibility(context, call, Symbol.Visibility.HIDDEN));
        table.put(".protected", (context, call) -> visibility(context, call, Symbol.Visibility.PROTECTED));
        table.put(".internal", (context, call) -> visibility(context, call, Symbol.Visibility.INTERNAL));
        table.put(".type", SymbolDirectives::type);
        table.put(".size", SymbolDirectives::size);
        table.put(".set", (context, call) -> set(context, call, true));
        table.put(".equ", (context, call) -> set(context, call, true));
        table.put(".equiv", (context, call) -> set(context, call, false));
    }

    private static void bind(DirectiveContext context, DirectiveCall call, Symbol.Binding binding) {
        TokenCursor args = call.args();
        do {
            AsmSymbol symbol = context.symbols().lookup(call.symbolName().text());
            symbol.setBinding(binding);
        } while (args.accept(","));
        args.expectEnd();
    }

    private static void visibility(DirectiveContext context, DirectiveCall call, Symbol.Visibility visibility) {
        TokenCursor args = call.args();
        do {
            context.symbols().lookup(call.symbolName().text()).setVisibility(visibility);
        } while (args.accept(","));
        args.expectEnd();
    }

    private static void type(DirectiveContext context, DirectiveCall call) {
        TokenCursor args = call.args();
        AsmSymbol symbol = context.symbols().lookup(call.symbolName().text());
        args.expect(",");
        Token token = args.peek();
        String name;
        if (token.is("@") || token.is("%")) {
            args.next();
            name = args.expectIdentifier("a symbol type").text();
        } else if (token.kind() == Token.Kind.STRING) {
            name = call.stringText();
        } else {
            name = args.expectIdentifier("a symbol type").text();
        }
        args.expectEnd();
        Symbol.Type type = TYPES.get(name.toLowerCase(java.util.Locale.ROOT));
        if (type == null) {
            throw new AsmException(token.start(), "unknown symbol type '" + name + "'");
        }
        symbol.setType(type);
    }

    private static void size(DirectiveContext context, DirectiveCall call) {
        TokenCursor args = call.args();
        AsmSymbol symbol = context.symbols().lookup(call.symbolName().text());
        args.expect(",");
        Value size = context.evaluate(args, Evaluator.Mode.FOLD);
        args.expectEnd();
        symbol.setSize(size, context.line());
    }

    private static void set(DirectiveContext context, DirectiveCall call, boolean redefinable) {
        TokenCursor args = call.args();
        Token name = call.symbolName();
        args.expect(",");
        assign(context, name, args, redefinable);
    }

    /** Gives {@code name} the value of the expression at the cursor: {@code .set}, {@code .equ}, {@code =}. */
    static void assign(DirectiveContext context, Token name, TokenCursor args, boolean redefinable) {
        Value value = context.evaluate(args, Evaluator.Mode.FOLD);
        args.expectEnd();
        AsmSymbol symbol = context.symbols().lookup(name.text());
        if (!symbol.redefinable() || (!redefinable && symbol.kind() != AsmSymbol.Kind.UNDEFINED)) {
            SourceLine where = symbol.definedAt();
            throw new AsmException(name.start(), "symbol '" + name.text() + "' is already defined"
                    + (where == null ? "" : " at " + where.file() + ":" + where.number()));
        }
        symbol.defineEquated(value, redefinable, context.line());
    }
}
