package strata.assembler.asm.expr;

import strata.assembler.asm.AsmException;
import strata.assembler.asm.section.SectionState;
import strata.assembler.asm.symbol.AsmSymbol;

/**
 * Evaluates expressions to {@link Value}s. How far label differences fold depends on the
 * {@link Mode}, which mirrors where GNU {@code as} evaluates: instruction operands and data
 * directives keep {@code b - a} symbolic (it may become a relocation pair), directives that
 * need a number now ({@code .if}, {@code .rept}, {@code .equ}, {@code .space}) fold it when
 * nothing between the labels can change size, and at the end, after layout, any two labels of
 * one section fold. Dividing by zero is only a warning, and divides by one, as in GNU.
 */
public final class Evaluator {

    /** How much is known while evaluating. */
    public enum Mode {
        /** While reading an instruction or data operand: only constants fold. */
        OPERAND,
        /** While reading a directive that needs a number: fixed label distances fold too. */
        FOLD,
        /** After layout: every address is final. */
        FINAL
    }

    /** What evaluation needs from the assembler. */
    public interface Context {
        /** The symbol an expression names, created undefined if new; it counts as referenced. */
        AsmSymbol symbol(String name);

        /** The symbol named {@code name}, created undefined if new, without counting as a reference. */
        AsmSymbol lookup(String name);

        /** A temporary label at the current location, for {@code .}. */
        AsmSymbol here();

        /** Reports a problem that does not stop evaluation. */
        void warning(int column, String message);
    }

    private static final int MAX_DEPTH = 100;

    private final Context context;

    public Evaluator(Context context) {
        this.context = context;
    }

    public Value evaluate(Expr expr, Mode mode) {
        if (expr instanceof Expr.Constant constant) {
            return Value.constant(constant.value());
        }
        if (expr instanceof Expr.SymbolRef ref) {
            return valueOf(context.symbol(ref.name()), mode);
        }
        if (expr instanceof Expr.Here) {
            return Value.of(context.here());
        }
        if (expr instanceof Expr.Unary unary) {
            Value operand = evaluate(unary.operand(), mode);
            if (unary.operator() == UnaryOperator.PLUS) {
                return operand;
            }
            return Value.constant(unary.operator().apply(constant(operand, unary.column(), "operand of '" + symbolOf(unary.operator()) + "'")));
        }
        Expr.Binary binary = (Expr.Binary) expr;
        Value left = evaluate(binary.left(), mode);
        Value right = evaluate(binary.right(), mode);
        if (binary.operator().dividesByRight() && right.isConstant() && right.addend() == 0) {
            context.warning(binary.column(), "division by zero");
            right = Value.constant(1);
        }
        return combine(binary.operator(), left, right, mode, binary.column());
    }

    private static String symbolOf(UnaryOperator op) {
        return switch (op) {
            case NEGATE -> "-";
            case PLUS -> "+";
            case NOT -> "~";
            case LOGICAL_NOT -> "!";
        };
    }

    /** Applies {@code op}, folding what {@code mode} allows. */
    public static Value combine(BinaryOperator op, Value left, Value right, Mode mode, int column) {
        if (op == BinaryOperator.ADD) {
            return add(left, right, column);
        }
        if (op == BinaryOperator.SUBTRACT) {
            return subtract(left, right, mode, column);
        }
        long a = constant(left, column, "left operand of '" + op.symbol() + "'");
        long b = constant(right, column, "right operand of '" + op.symbol() + "'");
        return Value.constant(op.apply(a, b));
    }

    private static Value add(Value left, Value right, int column) {
        if (right.isConstant()) {
            return left.plus(right.addend());
        }
        if (left.isConstant()) {
            return right.plus(left.addend());
        }
        if (left.minus() == null && right.minus() != null && right.plus() == null) {
            return new Value(left.addend() + right.addend(), left.plus(), right.minus());
        }
        if (right.minus() == null && left.minus() != null && left.plus() == null) {
            return new Value(left.addend() + right.addend(), right.plus(), left.minus());
        }
        throw new AsmException(column, "cannot add two symbol addresses");
    }

    private static Value subtract(Value left, Value right, Mode mode, int column) {
        if (right.isConstant()) {
            return left.plus(-right.addend());
        }
        if (right.minus() != null || left.minus() != null) {
            if (right.minus() != null && left.minus() != null && right.plus() != null && left.plus() != null) {
                Value plus = fold(left.plus(), right.plus(), mode);
                Value minus = fold(left.minus(), right.minus(), mode);
                if (plus != null && minus != null) {
                    return Value.constant(left.addend() - right.addend() + plus.addend() - minus.addend());
                }
            }
            throw new AsmException(column, "expression is too complex for a relocation");
        }
        if (left.plus() == null) {
            throw new AsmException(column, "cannot subtract a symbol address from a number");
        }
        Value folded = fold(left.plus(), right.plus(), mode);
        long addend = left.addend() - right.addend();
        return folded != null ? folded.plus(addend) : new Value(addend, left.plus(), right.plus());
    }

    /** {@code a - b} as a constant if {@code mode} can fold it, else null. */
    private static Value fold(AsmSymbol a, AsmSymbol b, Mode mode) {
        if (a == b) {
            return Value.constant(0);
        }
        if (mode == Mode.OPERAND) {
            return null;
        }
        Located to = Located.of(a);
        Located from = Located.of(b);
        if (to == null || from == null) {
            return null;
        }
        if (mode == Mode.FOLD) {
            Integer distance = SectionState.fixedDistance(from.base(), to.base());
            return distance == null ? null : Value.constant(distance + to.addend() - from.addend());
        }
        return to.section() == from.section() ? Value.constant(to.address() - from.address()) : null;
    }

    private static long constant(Value value, int column, String what) {
        if (!value.isConstant()) {
            throw new AsmException(column, "the " + what + " must be a number, not a symbol address");
        }
        return value.addend();
    }

    /**
     * The value a reference to {@code symbol} has. A symbol set to a number is that number; one
     * set to anything else stays itself in operands (GNU's relocations name it), and is replaced
     * by its value where the value is needed.
     */
    private static Value valueOf(AsmSymbol symbol, Mode mode) {
        if (symbol.kind() != AsmSymbol.Kind.EQUATED) {
            return Value.of(symbol);
        }
        Value equated = symbol.equated();
        if (equated.isConstant()) {
            return equated;
        }
        return switch (mode) {
            case OPERAND -> Value.of(symbol);
            case FOLD -> equated;
            case FINAL -> resolve(equated, mode);
        };
    }

    /**
     * {@code value} after layout, with symbols set by {@code .set} replaced by what they stand
     * for, except (before {@link Mode#FINAL}) those that stand for an address in a section, which
     * stay as the symbol a relocation names; label differences fold as {@code mode} allows.
     */
    public static Value resolve(Value value, Mode mode) {
        return resolve(value, mode, 0);
    }

    private static Value resolve(Value value, Mode mode, int depth) {
        if (depth > MAX_DEPTH) {
            throw new AsmException(-1, "symbol definitions refer to each other in a loop");
        }
        Value plus = value.plus() == null ? Value.constant(0) : expand(value.plus(), mode, depth);
        Value result = plus.plus(value.addend());
        if (value.minus() != null) {
            result = subtract(result, expand(value.minus(), mode, depth), mode, -1);
        }
        return result;
    }

    private static Value expand(AsmSymbol symbol, Mode mode, int depth) {
        if (symbol.kind() != AsmSymbol.Kind.EQUATED) {
            return Value.of(symbol);
        }
        Value inner = resolve(symbol.equated(), mode, depth + 1);
        if (mode != Mode.FINAL && !inner.isConstant() && Located.of(inner) != null) {
            return Value.of(symbol);
        }
        return inner;
    }
}
