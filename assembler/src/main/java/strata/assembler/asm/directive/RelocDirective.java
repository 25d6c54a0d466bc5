package strata.assembler.asm.directive;

import java.util.Locale;
import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.expr.Evaluator;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.lex.Token;
import strata.assembler.asm.lex.TokenCursor;
import strata.assembler.asm.section.ExplicitRelocation;
import strata.assembler.object.RelocationType;

/**
 * {@code .reloc offset, type[, value]}: a relocation written out by hand. The type is named as
 * readelf names it ({@code R_RISCV_SET32}, in any case), or as BFD's generic
 * {@code BFD_RELOC_NONE}, {@code BFD_RELOC_32} or {@code BFD_RELOC_64}; like GNU {@code as} 2.40,
 * Strata takes no type numbers. The offset and the value are settled when every address is final
 * ({@code strata.assembler.asm.output.ExplicitRelocations}), so {@code . - 8} after a branch
 * whose length is still open means what it says.
 */
final class RelocDirective {
    private static final Map<String, RelocationType> GENERIC = Map.of(
            "BFD_RELOC_NONE", RelocationType.NONE,
            "BFD_RELOC_32", RelocationType.R_32,
            "BFD_RELOC_64", RelocationType.R_64);

    private RelocDirective() {
    }

    static void register(Map<String, Directive> table) {
        table.put(".reloc", RelocDirective::reloc);
    }

    private static void reloc(DirectiveContext context, DirectiveCall call) {
        TokenCursor args = call.args();
        int offsetColumn = args.column();
        Value offset = context.evaluate(args, Evaluator.Mode.OPERAND);
        args.expect(",");
        RelocationType type = type(args);
        Value value = null;
        int valueColumn = args.column();
        if (args.accept(",") && !args.atEnd()) {
            valueColumn = args.column();
            value = context.evaluate(args, Evaluator.Mode.OPERAND);
        }
        args.expectEnd();
        context.sections().explicitRelocation(new ExplicitRelocation(offset, context.sections().current(), type, value,
                context.line(), offsetColumn, valueColumn));
    }

    private static RelocationType type(TokenCursor args) {
        Token token = args.peek();
        if (token.kind() == Token.Kind.NUMBER) {
            throw new AsmException(token.start(), "a relocation type is named, not numbered (R_RISCV_32, not 1), "
                    + "as GNU as 2.40 requires");
        }
        String name = args.expectIdentifier("a relocation type such as R_RISCV_32").text().toUpperCase(Locale.ROOT);
        RelocationType generic = GENERIC.get(name);
        if (generic != null) {
            return generic;
        }
        for (RelocationType type : RelocationType.values()) {
            if (type.elfName().equals(name)) {
                return type;
            }
        }
        throw new AsmException(token.start(), "unknown or unsupported relocation type '" + token.text()
                + "' (the types Strata writes are listed in docs/assembler.md)");
    }
}
