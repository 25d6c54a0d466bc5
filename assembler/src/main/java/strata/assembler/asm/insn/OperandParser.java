package strata.assembler.asm.insn;

import java.util.List;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.expr.Evaluator;
import strata.assembler.asm.expr.Expr;
import strata.assembler.asm.expr.ExprParser;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.lex.Token;
import strata.assembler.asm.lex.TokenCursor;
import strata.assembler.asm.symbol.AsmSymbol;
import strata.assembler.isa.Csr;
import strata.assembler.isa.FenceSet;
import strata.assembler.isa.MajorOpcode;
import strata.assembler.isa.Operand;
import strata.assembler.isa.Registers;
import strata.assembler.isa.RoundingMode;

/**
 * Reads operands by walking a template, one slot at a time, so every instruction's syntax comes
 * from its {@link strata.assembler.isa.Format} or alias row. A mismatch throws
 * {@link Mismatch}, which says how far the operands did fit, so that among several forms of a
 * mnemonic the error of the one that got furthest can be reported.
 */
final class OperandParser {

    /** The operands do not fit a template; {@code column} is where, {@code weight} how well they fit. */
    static final class Mismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int column;
        final int weight;

        Mismatch(int column, int weight, String message) {
            super(message, null, false, false);
            this.column = column;
            this.weight = weight;
        }
    }

    /**
     * Mismatch weights: a value of the right kind that is out of range fits better than an
     * operand of the wrong kind, wherever each was found.
     */
    static final int WRONG_KIND = 0;
    static final int BAD_VALUE = 1;

    private final ExprParser parser;
    private final Evaluator evaluator;

    OperandParser(ExprParser parser, Evaluator evaluator) {
        this.parser = parser;
        this.evaluator = evaluator;
    }

    Operands parse(List<Slot> template, TokenCursor cursor) {
        Operands operands = new Operands();
        Slot previous = null;
        for (Slot slot : template) {
            if (slot.optional() && cursor.atEnd()) {
                continue;
            }
            if (slot instanceof Slot.Punctuation punctuation) {
                punctuation(punctuation.symbol(), previous, cursor, operands);
            } else if (slot instanceof Slot.Field field) {
                field(field.operand(), cursor, operands);
            } else if (slot instanceof Slot.Code code) {
                operands.codes.put(code.field(), code(code.field(), cursor));
            } else if (slot instanceof Slot.AnyRegister any) {
                operands.values.put(any.operand(), anyRegister(cursor));
            } else {
                address(((Slot.Address) slot).callee(), cursor, operands);
            }
            previous = slot;
        }
        if (template.stream().anyMatch(s -> s instanceof Slot.Field f && f.operand() == Operand.RM)
                && !operands.values.containsKey(Operand.RM)) {
            operands.values.put(Operand.RM, RoundingMode.DYN.encoding());
        }
        return operands;
    }

    private void punctuation(char symbol, Slot previous, TokenCursor cursor, Operands operands) {
        Token token = cursor.peek();
        if (symbol == '(' && !token.is("(") && previous instanceof Slot.Punctuation) {
            zeroOffset(cursor);
            token = cursor.peek();
        }
        if (!token.is(String.valueOf(symbol))) {
            throw mismatch(token, WRONG_KIND, "expected '" + symbol + "'" + TokenCursor.found(token));
        }
        cursor.next();
    }

    /** An atomic's address may be written {@code 0(rs1)}; no other offset is allowed. */
    private void zeroOffset(TokenCursor cursor) {
        Token token = cursor.peek();
        Value value = expression(cursor);
        if (!value.isConstant() || value.addend() != 0) {
            throw new Mismatch(token.start(), BAD_VALUE, "the address of an atomic instruction takes no offset");
        }
    }

    private void field(Operand operand, TokenCursor cursor, Operands operands) {
        Token token = cursor.peek();
        switch (operand.kind()) {
            case X_REGISTER -> operands.values.put(operand, register(cursor, Registers.x(token.text()), "an integer register"));
            case F_REGISTER -> operands.values.put(operand, register(cursor, Registers.f(token.text()), "a floating-point register"));
            case IMMEDIATE -> immediate(operand, cursor, operands);
            case PC_OFFSET -> {
                operands.values.put(operand, 0);
                operands.pendingField = operand;
                operands.pendingValue = expression(cursor);
                operands.pendingColumn = token.start();
            }
            case CSR -> operands.values.put(operand, csr(cursor));
            case ROUNDING_MODE -> operands.values.put(operand, roundingMode(cursor));
            case FENCE_SET -> operands.values.put(operand, fenceSet(cursor));
        }
    }

    /** A register of either file, as .insn takes them: x and f registers have distinct names. */
    private static int anyRegister(TokenCursor cursor) {
        Token token = cursor.peek();
        int number = token.isIdentifier() ? Math.max(Registers.x(token.text()), Registers.f(token.text())) : -1;
        return register(cursor, number, "an integer or floating-point register");
    }

    /** An opcode or function code of .insn: a number in the field's range, or for the opcode its name. */
    private int code(InsnField field, TokenCursor cursor) {
        Token token = cursor.peek();
        MajorOpcode named = field == InsnField.OPCODE && token.isIdentifier() ? MajorOpcode.byName(token.text()) : null;
        if (named != null) {
            cursor.next();
            return named.value();
        }
        Value value = expression(cursor);
        if (!value.isConstant()) {
            throw new Mismatch(token.start(), WRONG_KIND, notANumber(value));
        }
        String problem = field.problem(value.addend());
        if (problem != null) {
            throw new Mismatch(token.start(), BAD_VALUE, problem);
        }
        return (int) value.addend();
    }

    private static int register(TokenCursor cursor, int number, String what) {
        Token token = cursor.peek();
        if (!token.isIdentifier() || number < 0) {
            throw mismatch(token, WRONG_KIND, "expected " + what + TokenCursor.found(token));
        }
        cursor.next();
        return number;
    }

    private void immediate(Operand operand, TokenCursor cursor, Operands operands) {
        Token token = cursor.peek();
        if (token.is("(") && impliedZero(cursor)) {
            operands.values.put(operand, 0);
            return;
        }
        RelocationFunction function = relocationFunction(cursor);
        if (function != null) {
            Value value = functionArgument(cursor);
            operands.pendingField = operand;
            operands.pendingKind = function.fixupIn(operand);
            if (operands.pendingKind == null) {
                throw new Mismatch(token.start(), BAD_VALUE, function.spelling() + " cannot be used in this operand");
            }
            operands.pendingValue = value;
            operands.pendingColumn = token.start();
            operands.values.put(operand, 0);
            return;
        }
        Value value = expression(cursor);
        if (!value.isConstant()) {
            throw new Mismatch(token.start(), WRONG_KIND, notANumber(value));
        }
        operands.values.put(operand, (int) checkRange(operand, value.addend(), token));
    }

    /** What to say when an immediate is not a number now. */
    static String notANumber(Value value) {
        AsmSymbol symbol = value.plus() != null ? value.plus() : value.minus();
        if (symbol != null && symbol.kind() == AsmSymbol.Kind.UNDEFINED) {
            return "expected a number, but '" + symbol.name() + "' is not defined here";
        }
        return "expected a number, not an address";
    }

    /** GNU reads {@code lw a0,(a1)} as {@code lw a0,0(a1)}: an address register in parentheses alone. */
    private static boolean impliedZero(TokenCursor cursor) {
        int mark = cursor.mark();
        cursor.next();
        Token register = cursor.next();
        boolean implied = register.isIdentifier() && Registers.x(register.text()) >= 0 && cursor.peek().is(")");
        cursor.reset(mark);
        return implied;
    }

    private static long checkRange(Operand operand, long raw, Token token) {
        long value = operand.signed() ? signExtend32(raw) : raw;
        if (!operand.accepts(value)) {
            throw new Mismatch(token.start(), BAD_VALUE, "immediate " + raw + " is out of range " + operand.range());
        }
        return value;
    }

    /** GNU takes a 32-bit pattern for a signed field: 0xfffff800 is -2048. */
    static long signExtend32(long value) {
        boolean fits32 = (value & ~0xffffffffL) == 0 || (value & ~0xffffffffL) == ~0xffffffffL;
        return fits32 ? (int) value : value;
    }

    private int csr(TokenCursor cursor) {
        Token token = cursor.peek();
        if (token.isIdentifier() && Csr.numberOf(token.text()) >= 0) {
            cursor.next();
            return Csr.numberOf(token.text());
        }
        Value value = expression(cursor);
        if (!value.isConstant()) {
            throw new Mismatch(token.start(), BAD_VALUE, token.isIdentifier()
                    ? "unknown CSR '" + token.text() + "'" : "expected a CSR name or number");
        }
        return (int) checkRange(Operand.CSR, value.addend(), token);
    }

    private static int roundingMode(TokenCursor cursor) {
        Token token = cursor.peek();
        RoundingMode mode = token.isIdentifier() ? RoundingMode.byName(token.text()) : null;
        if (mode == null) {
            throw mismatch(token, WRONG_KIND, "expected a rounding mode (rne, rtz, rdn, rup, rmm, dyn)" + TokenCursor.found(token));
        }
        cursor.next();
        return mode.encoding();
    }

    private static int fenceSet(TokenCursor cursor) {
        Token token = cursor.peek();
        // GNU as 2.40 takes only letters; Strata also takes "0", the empty set as objdump prints it,
        // so that every fence the disassembler prints assembles back.
        boolean empty = token.kind() == Token.Kind.NUMBER && token.value() == 0;
        int bits = empty ? 0 : token.isIdentifier() ? FenceSet.parse(token.text()) : -1;
        if (bits < 0) {
            throw mismatch(token, WRONG_KIND, "expected a fence set of i, o, r, w" + TokenCursor.found(token));
        }
        cursor.next();
        return bits;
    }

    private void address(boolean callee, TokenCursor cursor, Operands operands) {
        Token token = cursor.peek();
        operands.addressColumn = token.start();
        operands.addressFunction = relocationFunction(cursor);
        operands.address = operands.addressFunction != null ? functionArgument(cursor) : expression(cursor);
        if (callee && cursor.peek().is("@") && cursor.peekSecond().text().equals("plt")) {
            cursor.next();
            cursor.next();
        }
    }

    /** Reads {@code %name} if the cursor is at one, leaving the cursor at its parenthesis. */
    private static RelocationFunction relocationFunction(TokenCursor cursor) {
        Token percent = cursor.peek();
        if (!percent.is("%") || !cursor.peekSecond().isIdentifier()) {
            return null;
        }
        cursor.next();
        Token name = cursor.next();
        RelocationFunction function = RelocationFunction.byName(name.text());
        if (function == null) {
            throw new Mismatch(percent.start(), BAD_VALUE, "unknown relocation function %" + name.text());
        }
        return function;
    }

    private Value functionArgument(TokenCursor cursor) {
        Token open = cursor.peek();
        if (!open.is("(")) {
            throw mismatch(open, WRONG_KIND, "expected '(' after a relocation function" + TokenCursor.found(open));
        }
        cursor.next();
        Value value = expression(cursor);
        Token close = cursor.peek();
        if (!close.is(")")) {
            throw mismatch(close, WRONG_KIND, "expected ')'" + TokenCursor.found(close));
        }
        cursor.next();
        return value;
    }

    private Value expression(TokenCursor cursor) {
        Token token = cursor.peek();
        if (token.kind() == Token.Kind.END || token.is(",")) {
            throw mismatch(token, WRONG_KIND, "expected an expression" + TokenCursor.found(token));
        }
        Expr expr;
        try {
            expr = parser.parse(cursor);
        } catch (AsmException e) {
            throw new Mismatch(e.column(), WRONG_KIND, e.getMessage());
        }
        try {
            return evaluator.evaluate(expr, Evaluator.Mode.OPERAND);
        } catch (AsmException e) {
            throw new Mismatch(e.column(), BAD_VALUE, e.getMessage());
        }
    }

    private static Mismatch mismatch(Token token, int weight, String message) {
        return new Mismatch(token.start(), weight, message);
    }
}
