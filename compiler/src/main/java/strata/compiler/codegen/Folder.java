package strata.compiler.codegen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import strata.compiler.ast.Expr;
import strata.compiler.ast.ExprContext;
import strata.compiler.ast.Operator;
import strata.compiler.ast.UnaryOperator;
import strata.compiler.ast.Value;
import strata.compiler.code.Constant;

/**
 * Constant folding as CPython 3.11's {@code ast_opt.c} does it: an expression made only of
 * constants ({@code 2 * 3}, {@code -1}, {@code ("a", 1)}, {@code "abc"[0]}, {@code __debug__})
 * becomes one constant, within the same size limits (ints of at most 128 bits from {@code *},
 * {@code **} and {@code <<}, strings of 4096 characters, tuples of 256 items) and only where the
 * operation cannot raise. Where the result would depend on floating-point functions that may
 * round differently from C's ({@code **} on floats, negative powers that are not exact, true
 * division of ints beyond 2^53, complex division) nothing is folded: the operation then happens
 * at run time, with the same result.
 */
final class Folder {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;
    /** Ints up to this magnitude convert to double exactly, so their quotient rounds as CPython's. */
    private static final BigInteger EXACT_DOUBLE = BigInteger.ONE.shiftLeft(53);
    private static final BigInteger HUGE = BigInteger.ONE.shiftLeft(1024);

    private final Map<Expr, Optional<Constant>> memo = new IdentityHashMap<>();

    /** The constant {@code e} folds to, or null if it is not constant. */
    Constant fold(Expr e) {
        if (e instanceof Expr.Constant c) {
            return Constant.of(c.value());
        }
        if (e instanceof Expr.Name || e instanceof Expr.Call || e instanceof Expr.Attribute) {
            return e instanceof Expr.Name n && n.id().equals("__debug__") && n.ctx() == ExprContext.Load
                    ? Constant.TRUE : null;
        }
        Optional<Constant> known = memo.get(e);
        if (known == null) {
            known = Optional.ofNullable(compute(e));
            memo.put(e, known);
        }
        return known.orElse(null);
    }

    private Constant compute(Expr e) {
        if (e instanceof Expr.Tuple t && t.ctx() == ExprContext.Load) {
            return tuple(t.elts());
        } else if (e instanceof Expr.UnaryOp u) {
            Constant operand = fold(u.operand());
            return operand == null ? null : unary(u.op(), operand);
        } else if (e instanceof Expr.BinOp b) {
            Constant left = fold(b.left());
            Constant right = left == null ? null : fold(b.right());
            return right == null ? null : binary(b.op(), left, right);
        } else if (e instanceof Expr.Subscript s && s.ctx() == ExprContext.Load) {
            Constant value = fold(s.value());
            Constant index = value == null ? null : fold(s.slice());
            return index == null ? null : subscript(value, index);
        }
        return null;
    }

    /** A tuple of the elements if every one is constant (and none starred), else null. */
    Constant.Tuple tuple(List<Expr> elements) {
        List<Constant> items = new ArrayList<>();
        for (Expr element : elements) {
            Constant item = element instanceof Expr.Starred ? null : fold(element);
            if (item == null) {
                return null;
            }
            items.add(item);
        }
        return new Constant.Tuple(items);
    }

    /** A frozenset of the elements if every one is constant, equal items kept once, else null. */
    Constant.FrozenSet frozenset(List<Expr> elements) {
        Constant.Tuple items = tuple(elements);
        if (items == null) {
            return null;
        }
        List<Constant> unique = new ArrayList<>();
        for (Constant item : items.items()) {
            if (unique.stream().noneMatch(seen -> PyValues.equal(seen, item))) {
                unique.add(item);
            }
        }
        return new Constant.FrozenSet(unique);
    }

    private static Constant unary(UnaryOperator op, Constant operand) {
        if (op == UnaryOperator.Not) {
            return PyValues.truth(operand) == null ? null : (PyValues.truth(operand) ? Constant.FALSE : Constant.TRUE);
        }
        if (!(operand instanceof Constant.Literal literal)) {
            return null;
        }
        Value v = literal.value();
        BigInteger integer = PyValues.integer(v);
        if (integer != null) {
            return switch (op) {
                case USub -> Constant.of(new Value.Int(integer.negate()));
                case UAdd -> Constant.of(new Value.Int(integer));
                case Invert -> Constant.of(new Value.Int(integer.not()));
                default -> null;
            };
        }
        if (v instanceof Value.Float f) {
            return op == UnaryOperator.USub ? Constant.of(new Value.Float(-f.value()))
                    : op == UnaryOperator.UAdd ? literal : null;
        }
        if (v instanceof Value.Complex c) {
            return op == UnaryOperator.USub ? Constant.of(new Value.Complex(-c.real(), -c.imag()))
                    : op == UnaryOperator.UAdd ? literal : null;
        }
        return null;
    }

    private static Constant binary(Operator op, Constant left, Constant right) {
        if (left instanceof Constant.Literal l && right instanceof Constant.Literal r) {
            Value a = l.value();
            Value b = r.value();
            BigInteger x = PyValues.integer(a);
            BigInteger y = PyValues.integer(b);
            if (x != null && y != null) {
                return integers(op, a, b, x, y);
            }
            if (op == Operator.Mult && x != null && isText(b)) {
                return repeat(right, x);
            }
            if (op == Operator.Mult && y != null && isText(a)) {
                return repeat(left, y);
            }
            if (PyValues.isNumber(a) && PyValues.isNumber(b)) {
                return (a instanceof Value.Complex || b instanceof Value.Complex) ? complexes(op, a, b) : floats(op, a, b);
            }
            if (op == Operator.Add && a instanceof Value.Str s && b instanceof Value.Str t) {
                return Constant.str(s.value() + t.value());
            }
            if (op == Operator.Add && a instanceof Value.Bytes s && b instanceof Value.Bytes t) {
                byte[] joined = new byte[s.value().length + t.value().length];
                System.arraycopy(s.value(), 0, joined, 0, s.value().length);
                System.arraycopy(t.value(), 0, joined, s.value().length, t.value().length);
                return Constant.of(new Value.Bytes(joined));
            }
            return null;
        }
        if (op == Operator.Add && left instanceof Constant.Tuple s && right instanceof Constant.Tuple t) {
            List<Constant> joined = new ArrayList<>(s.items());
            joined.addAll(t.items());
            return new Constant.Tuple(joined);
        }
        if (op == Operator.Mult) {
            BigInteger x = left instanceof Constant.Literal l ? PyValues.integer(l.value()) : null;
            BigInteger y = right instanceof Constant.Literal r ? PyValues.integer(r.value()) : null;
            if (x != null && right instanceof Constant.Tuple) {
                return repeat(right, x);
            }
            if (y != null && left instanceof Constant.Tuple) {
                return repeat(left, y);
            }
        }
        return null;
    }

    private static Constant integers(Operator op, Value a, Value b, BigInteger x, BigInteger y) {
        boolean bools = a instanceof Value.Bool && b instanceof Value.Bool;
        BigInteger result;
        switch (op) {
            case Add -> result = x.add(y);
            case Sub -> result = x.subtract(y);
            case Mult -> {
                if (x.signum() != 0 && y.signum() != 0 && x.bitLength() + y.bitLength() > MAX_INT_SIZE) {
                    return null;
                }
                result = x.multiply(y);
            }
            case FloorDiv, Mod -> {
                if (y.signum() == 0) {
                    return null;
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
                    qr[0] = qr[0].subtract(BigInteger.ONE);
                    qr[1] = qr[1].add(y);
                }
                result = op == Operator.FloorDiv ? qr[0] : qr[1];
            }
            case Div -> {
                if (y.signum() == 0 || x.abs().compareTo(EXACT_DOUBLE) > 0 || y.abs().compareTo(EXACT_DOUBLE) > 0) {
                    return null;
                }
                return Constant.of(new Value.Float(x.doubleValue() / y.doubleValue()));
            }
            case Pow -> {
                if (y.signum() < 0) {
                    return negativePower(x, y);
                }
                if ((x.signum() != 0 && y.signum() > 0
                        && (y.bitLength() > 31 || (long) x.bitLength() * y.intValue() > MAX_INT_SIZE))) {
                    return null;
                }
                result = x.pow(y.intValueExact());
            }
            case LShift -> {
                if (y.signum() < 0 || (x.signum() != 0 && y.signum() != 0
                        && (y.bitLength() > 31 || y.intValue() > MAX_INT_SIZE || x.bitLength() > MAX_INT_SIZE - y.intValue()))) {
                    return null;
                }
                result = x.shiftLeft(y.intValue());
            }
            case RShift -> {
                if (y.signum() < 0) {
                    return null;
                }
                result = y.bitLength() > 31 ? (x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : x.shiftRight(y.intValue());
            }
            case BitAnd -> result = x.and(y);
            case BitOr -> result = x.or(y);
            case BitXor -> result = x.xor(y);
            default -> {
                return null;
            }
        }
        boolean bitwise = op == Operator.BitAnd || op == Operator.BitOr || op == Operator.BitXor;
        return bools && bitwise ? (result.signum() != 0 ? Constant.TRUE : Constant.FALSE)
                : Constant.of(new Value.Int(result));
    }

    private static boolean isText(Value v) {
        return v instanceof Value.Str || v instanceof Value.Bytes;
    }

    /**
     * {@code x ** -n}, a float: folded only where it is exact (x a power of two, or 1), so that it
     * cannot round differently from C's {@code pow}; 0 to a negative power raises, and is not folded.
     */
    private static Constant negativePower(BigInteger x, BigInteger y) {
        BigInteger magnitude = x.abs();
        if (magnitude.signum() == 0 || magnitude.bitCount() != 1 || y.bitLength() > 31) {
            return null;
        }
        int shift = magnitude.getLowestSetBit();
        long exponent = (long) shift * y.intValue();
        double value = exponent < -1100 ? 0.0 : Math.scalb(1.0, (int) exponent);
        boolean negative = x.signum() < 0 && y.testBit(0);
        return Constant.of(new Value.Float(negative ? -value : value));
    }

    /** {@code sequence * n} for str, bytes and tuples, within CPython's limits. */
    private static Constant repeat(Constant sequence, BigInteger count) {
        int size = PyValues.length(sequence);
        if (size < 0) {
            return null;
        }
        if (size == 0) {
            return sequence;
        }
        boolean text = sequence instanceof Constant.Literal;
        int limit = text ? MAX_STR_SIZE : MAX_COLLECTION_SIZE;
        if (count.signum() < 0 || count.compareTo(BigInteger.valueOf(limit / size)) > 0) {
            return null;
        }
        int n = count.intValue();
        if (!text && n > 0 && PyValues.complexity(sequence, MAX_TOTAL_ITEMS / n) < 0) {
            return null;
        }
        if (sequence instanceof Constant.Tuple tuple) {
            List<Constant> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.addAll(tuple.items());
            }
            return new Constant.Tuple(items);
        }
        Value v = ((Constant.Literal) sequence).value();
        if (v instanceof Value.Str s) {
            return Constant.str(s.value().repeat(n));
        }
        byte[] bytes = ((Value.Bytes) v).value();
        byte[] repeated = new byte[bytes.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(bytes, 0, repeated, i * bytes.length, bytes.length);
        }
        return Constant.of(new Value.Bytes(repeated));
    }

    private static Constant floats(Operator op, Value a, Value b) {
        Double x = PyValues.toDouble(a);
        Double y = PyValues.toDouble(b);
        if (x == null || y == null) {
            return null;
        }
        double result;
        switch (op) {
            case Add -> result = x + y;
            case Sub -> result = x - y;
            case Mult -> result = x * y;
            case Div -> {
                if (y == 0) {
                    return null;
                }
                result = x / y;
            }
            case FloorDiv, Mod -> {
                if (y == 0) {
                    return null;
                }
                double[] dm = PyValues.floatDivmod(x, y);
                result = op == Operator.FloorDiv ? dm[0] : dm[1];
            }
            default -> {
                return null;
            }
        }
        return Constant.of(new Value.Float(result));
    }

    private static Constant complexes(Operator op, Value a, Value b) {
        double[] x = PyValues.toComplex(a);
        double[] y = PyValues.toComplex(b);
        if (x == null || y == null) {
            return null;
        }
        return switch (op) {
            case Add -> Constant.of(new Value.Complex(x[0] + y[0], x[1] + y[1]));
            case Sub -> Constant.of(new Value.Complex(x[0] - y[0], x[1] - y[1]));
            case Mult -> Constant.of(new Value.Complex(x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]));
            default -> null;
        };
    }

    private static Constant subscript(Constant value, Constant index) {
        if (!(index instanceof Constant.Literal literal)) {
            return null;
        }
        BigInteger i = PyValues.integer(literal.value());
        int size = PyValues.length(value);
        if (i == null || size < 0) {
            return null;
        }
        BigInteger at = i.signum() < 0 ? i.add(BigInteger.valueOf(size)) : i;
        if (at.signum() < 0 || at.compareTo(BigInteger.valueOf(size)) >= 0) {
            return null;
        }
        int k = at.intValue();
        if (value instanceof Constant.Tuple tuple) {
            return tuple.items().get(k);
        }
        Value v = ((Constant.Literal) value).value();
        if (v instanceof Value.Str s) {
            return Constant.str(new String(s.value().codePoints().skip(k).limit(1).toArray(), 0, 1));
        }
        return Constant.integer(((Value.Bytes) v).value()[k] & 0xff);
    }

    /** Ints too large for a double make int-float arithmetic raise OverflowError: such operands are not folded. */
    static boolean fitsDouble(BigInteger value) {
        return value.abs().compareTo(HUGE) < 0;
    }
}
