package strata.assembler.asm.directive;

import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.expr.Evaluator;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.lex.Token;
import strata.assembler.asm.lex.TokenCursor;

/**
 * Directives that emit data: integers of 1, 2, 4 and 8 bytes ({@code .byte}, {@code .half},
 * {@code .word}, {@code .dword} and their synonyms; {@code .byte} also takes strings, as GNU's
 * does), strings ({@code .ascii}, {@code .asciz}, {@code .string}) and runs of bytes
 * ({@code .zero}, {@code .space}, {@code .skip}, {@code .fill}).
 */
final class DataDirectives {
    /** GNU's .fill takes at most 8 bytes per repetition; above 4 the high bytes are zero. */
    private static final int FILL_MAX_SIZE = 8;

    private DataDirectives() {
    }

    static void register(Map<String, Directive> table) {
        table.put(".byte", (context, call) -> integers(context, call, 1));
        for (String name : new String[] {".2byte", ".half", ".short", ".hword"}) {
            table.put(name, (context, call) -> integers(context, call, 2));
        }
        for (String name : new String[] {".4byte", ".word", ".long", ".int"}) {
            table.put(name, (context, call) -> integers(context, call, 4));
        }
        for (String name : new String[] {".8byte", ".dword", ".quad"}) {
            table.put(name, (context, call) -> integers(context, call, 8));
        }
        table.put(".ascii", (context, call) -> strings(context, call, false));
        table.put(".asciz", (context, call) -> strings(context, call, true));
        table.put(".string", (context, call) -> strings(context, call, true));
        table.put(".zero", DataDirectives::zero);
        table.put(".space", DataDirectives::space);
        table.put(".skip", DataDirectives::space);
        table.put(".fill", DataDirectives::fill);
    }

    private static void integers(DirectiveContext context, DirectiveCall call, int size) {
        TokenCursor args = call.args();
        if (args.atEnd()) {
            return;
        }
        context.sections().beginData();
        do {
            Token start = args.peek();
            if (start.kind() == Token.Kind.END || start.is(",")) {
                context.warning(start.start(), "zero assumed for missing expression");
                context.sections().data(Value.constant(0), size, start.start());
                continue;
            }
            if (size == 1 && start.kind() == Token.Kind.STRING) {
                args.next();
                context.sections().bytes(start.bytes(), start.start());
                continue;
            }
            Value value = context.evaluate(args, Evaluator.Mode.OPERAND);
            if (value.isConstant()) {
                warnIfTruncated(context, value.addend(), size, start.start());
            }
            context.sections().data(value, size, start.start());
        } while (args.accept(","));
        args.expectEnd();
    }

    /** GNU warns when bits above the field are neither all zero nor all one. */
    private static void warnIfTruncated(DirectiveContext context, long value, int size, int column) {
        if (size >= 8) {
            return;
        }
        long mask = -1L << (8 * size);
        long high = value & mask;
        if (high != 0 && high != mask) {
            context.warning(column, "value 0x" + Long.toHexString(value) + " truncated to 0x"
                    + Long.toHexString(value & ~mask));
        }
    }

    private static void strings(DirectiveContext context, DirectiveCall call, boolean terminate) {
        TokenCursor args = call.args();
        if (args.atEnd()) {
            return;
        }
        do {
            int column = args.column();
            byte[] bytes = call.string();
            if (terminate) {
                byte[] withNul = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, withNul, 0, bytes.length);
                bytes = withNul;
            }
            context.sections().bytes(bytes, column);
        } while (call.args().accept(","));
        args.expectEnd();
    }

    private static void zero(DirectiveContext context, DirectiveCall call) {
        int column = call.args().column();
        if (call.args().atEnd()) {
            context.warning(column, ".zero without a size emits nothing");
            return;
        }
        long count = count(context, call.args());
        call.args().expectEnd();
        context.sections().fill(count, 1, 0, column);
    }

    private static void space(DirectiveContext context, DirectiveCall call) {
        TokenCursor args = call.args();
        int column = args.column();
        long count = count(context, args);
        long fill = args.accept(",") ? context.absolute(args) : 0;
        args.expectEnd();
        context.sections().fill(count, 1, fill, column);
    }

    private static void fill(DirectiveContext context, DirectiveCall call) {
        TokenCursor args = call.args();
        int column = args.column();
        long repeat = context.absolute(args);
        long size = 1;
        long value = 0;
        if (args.accept(",")) {
            int sizeColumn = args.column();
            size = args.peek().is(",") ? 1 : context.absolute(args);
            if (size < 0) {
                throw new AsmException(sizeColumn, ".fill size must not be negative");
            }
            if (size > FILL_MAX_SIZE) {
                context.warning(sizeColumn, ".fill size clamped to " + FILL_MAX_SIZE);
                size = FILL_MAX_SIZE;
            }
            if (args.accept(",")) {
                value = context.absolute(args);
            }
        }
        args.expectEnd();
        if (repeat < 0) {
            context.warning(column, ".fill repeat count " + repeat + " is negative; nothing emitted");
            return;
        }
        long pattern = size > 4 ? value & 0xffffffffL : value;
        context.sections().fill(repeat, (int) size, pattern, column);
    }

    private static long count(DirectiveContext context, TokenCursor args) {
        int column = args.column();
        long count = context.absolute(args);
        if (count < 0) {
            throw new AsmException(column, "repeat count " + count + " is negative");
        }
        return count;
    }
}
