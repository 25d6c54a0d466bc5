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
 * and size ({@code .type}, {@code .size}), common blocks ({@code .comm}, {@code .lcomm}), and values
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

    private static final long COMMON_MAX_ALIGNMENT = 16;

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
        table.put(".comm", SymbolDirectives::common);
        table.put(".lcomm", SymbolDirectives::localCommon);
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

    /**
     * {@code .comm name, size[, alignment]}: a common block the linker allocates. Without an
     * alignment GNU takes the smallest power of two that holds it, up to 16.
     */
    private static void common(DirectiveContext context, DirectiveCall call) {
        Block block = block(context, call);
        TokenCursor args = call.args();
        long alignment = Math.min(COMMON_MAX_ALIGNMENT, Long.highestOneBit(Math.max(1, block.size()) * 2 - 1));
        if (args.accept(",")) {
            int column = args.column();
            alignment = context.absolute(args);
            if (alignment <= 0 || Long.bitCount(alignment) != 1) {
                throw new AsmException(column, "alignment " + alignment + " is not a power of 2");
            }
        }
        args.expectEnd();
        defineOnce(context, block.name()).defineCommon((int) block.size(), (int) alignment, context.line());
    }

    /**
     * {@code .lcomm name, size}: zeroed space in {@code .bss} under a local name, aligned by size
     * as GNU does (8 bytes and up to 8, 4 to 4, 2 to 2).
     */
    private static void localCommon(DirectiveContext context, DirectiveCall call) {
        Block block = block(context, call);
        call.args().expectEnd();
        long size = block.size();
        int power = size >= 8 ? 3 : size >= 4 ? 2 : size >= 2 ? 1 : 0;
        AsmSymbol symbol = defineOnce(context, block.name());
        symbol.defineLabel(context.sections().reserveBss(size, power, block.sizeColumn()), context.line());
        symbol.setType(Symbol.Type.OBJECT);
        symbol.setSize(Value.constant(size), context.line());
    }

    /** The {@code name, size} that .comm and .lcomm start with. */
    private record Block(Token name, long size, int sizeColumn) {
    }

    private static Block block(DirectiveContext context, DirectiveCall call) {
        TokenCursor args = call.args();
        Token name = call.symbolName();
        args.expect(",");
        int column = args.column();
        long size = context.absolute(args);
        if (size < 0) {
            throw new AsmException(column, "size " + size + " is negative");
        }
        return new Block(name, size, column);
    }

    private static AsmSymbol defineOnce(DirectiveContext context, Token name) {
        AsmSymbol symbol = context.symbols().lookup(name.text());
        if (symbol.kind() != AsmSymbol.Kind.UNDEFINED) {
            SourceLine where = symbol.definedAt();
            throw new AsmException(name.start(), "symbol '" + name.text() + "' is already defined"
                    + (where == null ? "" : " at " + where.file() + ":" + where.number()));
        }
        return symbol;
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
