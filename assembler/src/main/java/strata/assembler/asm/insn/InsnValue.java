package strata.assembler.asm.insn;

import strata.assembler.asm.AsmException;
import strata.assembler.asm.expr.Evaluator;
import strata.assembler.asm.expr.ExprParser;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.lex.Token;
import strata.assembler.asm.lex.TokenCursor;
import strata.assembler.isa.MajorOpcode;

/**
 * The raw forms of {@code .insn}: {@code .insn value} and {@code .insn length, value}. As in GNU
 * {@code as}, the value's low bits say how long the instruction is (11 in bits 1:0 and not 111
 * in bits 4:2 for 32 bits), and a length given must agree with them; Strata makes 32-bit
 * instructions only.
 */
final class InsnValue {
    private static final int LENGTH = 4;

    private InsnValue() {
    }

    /** Reads the operands at {@code cursor} and returns the instruction word. */
    static int read(TokenCursor cursor, ExprParser parser, Evaluator evaluator) {
        Token start = cursor.peek();
        long first = constant(cursor, parser, evaluator);
        Long length = null;
        long value = first;
        if (cursor.accept(",")) {
            length = first;
            value = constant(cursor, parser, evaluator);
        }
        cursor.expectEnd();
        if (value < 0 || value > 0xffffffffL) {
            String written = value < 0 ? Long.toString(value) : "0x" + Long.toHexString(value);
            throw new AsmException(start.start(), "value " + written + " does not fit in the 32 bits of an instruction");
        }
        int natural = length(value);
        if (length != null && length != natural) {
            throw new AsmException(start.start(), "value 0x" + Long.toHexString(value)
                    + " conflicts with instruction length " + length + ": its low bits make it " + describe(natural));
        }
        if (natural != LENGTH) {
            throw new AsmException(start.start(), "0x" + Long.toHexString(value) + " is " + describe(natural)
                    + "; .insn makes 32-bit instructions only");
        }
        return (int) value;
    }

    private static String describe(int length) {
        return length < LENGTH ? "a 16-bit (compressed) instruction"
                : length > LENGTH ? "the start of an instruction longer than 32 bits" : "a 32-bit instruction";
    }

    /** The length in bytes the low bits of {@code value} give an instruction: 2, 4, or 6 for longer. */
    private static int length(long value) {
        if ((value & 0x3) != 0x3) {
            return 2;
        }
        return MajorOpcode.is32Bit((int) (value & 0x7f)) ? LENGTH : 6;
    }

    private static long constant(TokenCursor cursor, ExprParser parser, Evaluator evaluator) {
        Token token = cursor.peek();
        if (token.kind() == Token.Kind.END) {
            throw new AsmException(token.start(), "expected an instruction format (" + InsnForms.names()
                    + ") or an instruction's value after .insn");
        }
        int mark = cursor.mark();
        Value value = evaluator.evaluate(parser.parse(cursor), Evaluator.Mode.OPERAND);
        if (!value.isConstant()) {
            boolean aName = token.isIdentifier() && cursor.mark() == mark + 1;
            String unknown = aName ? "unknown .insn format '"
                    + token.text() + "' (the formats are " + InsnForms.names() + "), and no number either"
                    : "the value of an instruction must be a number";
            throw new AsmException(token.start(), unknown);
        }
        return value.addend();
    }
}
