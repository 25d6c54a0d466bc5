package strata.assembler.asm.directive;

import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.lex.TokenCursor;

/**
 * {@code .align}, {@code .p2align} and {@code .balign}, each {@code alignment[, fill[, max]]}.
 * On RISC-V {@code .align n} means 2^n bytes, like {@code .p2align}; {@code .balign} takes the
 * byte count, which must be a power of two. Without a fill, code is padded with nops.
 */
final class AlignDirectives {
    private static final int MAX_POWER = 31;

    private AlignDirectives() {
    }

    static void register(Map<String, Directive> table) {
        table.put(".align", (context, call) -> align(context, call, false));
        table.put(".p2align", (context, call) -> align(context, call, false));
        table.put(".balign", (context, call) -> align(context, call, true));
    }

    private static void align(DirectiveContext context, DirectiveCall call, boolean bytes) {
        TokenCursor args = call.args();
        int column = args.column();
        long amount = context.absolute(args);
        int power;
        if (bytes) {
            if (amount <= 0 || Long.bitCount(amount) != 1) {
                throw new AsmException(column, "alignment " + amount + " is not a power of 2");
            }
            power = Long.numberOfTrailingZeros(amount);
        } else {
            power = (int) amount;
        }
        if (power < 0 || power > MAX_POWER) {
            throw new AsmException(column, "alignment 2^" + amount + " is out of range");
        }
        Integer fill = null;
        int maxSkip = -1;
        if (args.accept(",")) {
            if (!args.peek().is(",") && !args.atEnd()) {
                fill = (int) context.absolute(args);
            }
            if (args.accept(",")) {
                maxSkip = (int) context.absolute(args);
            }
        }
        args.expectEnd();
        context.sections().align(power, fill, maxSkip, column);
    }
}
