package strata.assembler.asm;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.testkit.Binutils.Tool.AS;
import static strata.testkit.Binutils.Tool.READELF;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import strata.assembler.asm.expr.BinaryOperator;
import strata.assembler.object.Section;
import strata.testkit.Binutils;

/**
 * Expressions against GNU {@code as}: hundreds of random expressions over every operator, with
 * and without parentheses, so GNU's precedence and arithmetic decide; and, as a property, a fully
 * parenthesised expression evaluates to what its tree computes.
 */
class ExpressionTest {
    private static final String[] BINARY = {"*", "/", "%", "<<", ">>", "|", "&", "^", "!", "+", "-",
        "==", "!=", "<>", "<", ">", "<=", ">=", "&&", "||"};
    private static final String[] UNARY = {"-", "~", "!", "+"};

    @Test
    void randomExpressionsEvaluateAsGnuEvaluatesThem() throws IOException {
        Binutils.require(AS, READELF);
        Random random = new Random(7);
        List<String> expressions = new ArrayList<>();
        StringBuilder source = new StringBuilder(".data\n");
        for (int i = 0; i < 1000; i++) {
            expressions.add(expression(random, 4));
            source.append("    .dword ").append(expressions.get(i)).append('\n');
        }
        Path file = Files.createTempFile("strata-expr", ".S");
        Path object = Files.createTempFile("strata-expr", ".o");
        try {
            Files.writeString(file, source);
            Binutils.assemble(file, object, Binutils.AS_OPTIONS).assertSuccess();
            byte[] gnu = ReadelfDump.of(object).sections().stream().filter(s -> s.name().equals(".data"))
                    .findFirst().orElseThrow().bytes();
            ByteBuffer ours = ByteBuffer.wrap(data(Assembler.assemble(file, AssemblerOptions.defaults())))
                    .order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer theirs = ByteBuffer.wrap(gnu).order(ByteOrder.LITTLE_ENDIAN);
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < expressions.size(); i++) {
                long a = ours.getLong(8 * i);
                long b = theirs.getLong(8 * i);
                if (a != b) {
                    differences.add(expressions.get(i) + ": ours " + a + ", GNU " + b);
                }
            }
            assertThat(differences).isEmpty();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(object);
        }
    }

    /** A random expression; shift counts stay below 64 and operands small, where C and Java agree. */
    private static String expression(Random random, int depth) {
        int choice = depth == 0 ? 0 : random.nextInt(6);
        if (choice == 0) {
            return leaf(random);
        }
        if (choice == 1) {
            return UNARY[random.nextInt(UNARY.length)] + leaf(random);
        }
        String op = BINARY[random.nextInt(BINARY.length)];
        String left = expression(random, depth - 1);
        String right = op.equals("<<") || op.equals(">>") ? Integer.toString(random.nextInt(64))
                : expression(random, depth - 1);
        String text = left + " " + op + " " + right;
        return random.nextBoolean() ? "(" + text + ")" : text;
    }

    private static String leaf(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> Integer.toString(random.nextInt(2001) - 1000);
            case 1 -> "0x" + Integer.toHexString(random.nextInt(0x10000));
            case 2 -> "'" + (char) ('a' + random.nextInt(26));
            case 3 -> "0" + Integer.toOctalString(random.nextInt(512));
            default -> Integer.toString(random.nextInt(10));
        };
    }

    @Property
    void aParenthesisedExpressionComputesItsTree(@ForAll("numbers") long a, @ForAll("numbers") long b,
                                                 @ForAll("numbers") long c, @ForAll("operators") BinaryOperator first,
                                                 @ForAll("operators") BinaryOperator second) {
        long expected = apply(second, apply(first, a, b), c);
        String text = "((" + a + ") " + first.symbol() + " (" + b + ")) " + second.symbol() + " (" + c + ")";
        byte[] data = data(Assembler.assemble("expr.S", ".data\n.dword " + text, AssemblerOptions.defaults()));
        assertThat(ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getLong()).isEqualTo(expected);
    }

    /** GNU's arithmetic: a zero divisor counts as one. */
    private static long apply(BinaryOperator op, long a, long b) {
        return op.apply(a, op.dividesByRight() && b == 0 ? 1 : b);
    }

    @Provide
    Arbitrary<Long> numbers() {
        return Arbitraries.longs().between(-100_000, 100_000);
    }

    @Provide
    Arbitrary<BinaryOperator> operators() {
        return Arbitraries.of(BinaryOperator.class).filter(op -> op != BinaryOperator.SHIFT_LEFT
                && op != BinaryOperator.SHIFT_RIGHT);
    }

    private static byte[] data(AssemblyResult result) {
        assertThat(result.hasErrors()).as(result.report()).isFalse();
        for (Section section : result.object().sections()) {
            if (section.name().equals(".data")) {
                return section.data();
            }
        }
        throw new AssertionError("no .data");
    }
}
