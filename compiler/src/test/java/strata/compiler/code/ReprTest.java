package strata.compiler.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import strata.testkit.Command;
import strata.testkit.Programs;
import strata.testkit.Run;

/** {@code repr()} of constants, checked by hand and against python3 on many floats and strings. */
class ReprTest {

    @Test
    void showsConstantsAsPythonDoes() {
        assertThat(Constant.Singleton.NONE.repr()).isEqualTo("None");
        assertThat(Constant.Singleton.ELLIPSIS.repr()).isEqualTo("Ellipsis");
        assertThat(new Constant.Bool(true).repr()).isEqualTo("True");
        assertThat(new Constant.Int(BigInteger.TWO.pow(100).negate()).repr())
                .isEqualTo("-1267650600228229401496703205376");
        assertThat(new Constant.Float(1.0).repr()).isEqualTo("1.0");
        assertThat(new Constant.Float(1e16).repr()).isEqualTo("1e+16");
        assertThat(new Constant.Float(1.5e-5).repr()).isEqualTo("1.5e-05");
        assertThat(new Constant.Float(0.0001).repr()).isEqualTo("0.0001");
        assertThat(new Constant.Float(-0.0).repr()).isEqualTo("-0.0");
        assertThat(new Constant.Float(0.1).repr()).isEqualTo("0.1");
        assertThat(new Constant.Complex(0, 1).repr()).isEqualTo("1j");
        assertThat(new Constant.Complex(-0.0, -1).repr()).isEqualTo("(-0-1j)");
        assertThat(new Constant.Complex(1, Double.NaN).repr()).isEqualTo("(1+nanj)");
        assertThat(new Constant.Str("it's").repr()).isEqualTo("\"it's\"");
        assertThat(new Constant.Str("a'b\"c\n").repr()).isEqualTo("'a\\'b\"c\\n'");
        assertThat(new Constant.Bytes("a\0'\u00ff".getBytes(StandardCharsets.ISO_8859_1)).repr())
                .isEqualTo("b\"a\\x00'\\xff\"");
        assertThat(new Constant.Tuple(List.of(Constant.Int.of(1))).repr()).isEqualTo("(1,)");
        assertThat(new Constant.Tuple(List.of()).repr()).isEqualTo("()");
        assertThat(new Constant.FrozenSet(List.of()).repr()).isEqualTo("frozenset()");
        assertThat(new Constant.FrozenSet(List.of(Constant.Int.of(1), new Constant.Str("a"))).repr())
                .isEqualTo("frozenset({1, 'a'})");
    }

    @Test
    void floatsAndComplexesMatchPython() {
        Programs.require("python3");
        Random random = new Random(311);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 9999999999999998.0, 1e-4,
                1e-5, 5e-324, Double.MAX_VALUE, Double.MIN_NORMAL, 123456789.125, 2.5, 1e22, 1e23,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN));
        for (int i = 0; i < 3000; i++) {
            values.add(i % 2 == 0 ? Double.longBitsToDouble(random.nextLong())
                    : Math.round(random.nextGaussian() * 1e6) / Math.pow(10, random.nextInt(12)));
        }
        values.removeIf(value -> Double.isNaN(value) && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(
                Double.NaN));
        String input = values.stream().map(Double::toHexString).map(hex -> hex.replace("Infinity", "inf"))
                .collect(Collectors.joining("\n"));
        String script = "import sys\n"
                + "for line in sys.stdin.read().split('\\n'):\n"
                + "    x = float.fromhex(line) if 'N' not in line else float('nan')\n"
                + "    print(repr(x), repr(complex(0.0, x)), repr(complex(x, -x)))\n";
        String expected = python(script, input);
        String actual = values.stream().map(x -> Repr.ofFloat(x) + " " + Repr.ofComplex(0.0, x) + " "
                + Repr.ofComplex(x, -x)).collect(Collectors.joining("\n", "", "\n"));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void stringsAndBytesMatchPython() {
        Programs.require("python3");
        Random random = new Random(42);
        int[] interesting = {0, 7, 9, 10, 13, 27, 31, ' ', '\'', '"', '\\', 'a', 0x7f, 0x80, 0xa0, 0xad, 0xe9, 0xff,
            0x100, 0x2028, 0x200b, 0x3000, 0x4e2d, 0xd800, 0xdfff, 0xe000, 0xfeff, 0xffff, 0x1f600, 0x10ffff, 0xe0001};
        List<int[]> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int[] text = new int[random.nextInt(6)];
            for (int k = 0; k < text.length; k++) {
                text[k] = interesting[random.nextInt(interesting.length)];
                if (k > 0 && Character.isHighSurrogate((char) text[k - 1]) && Character.isLowSurrogate((char) text[k])) {
                    text[k] = 'b';
                }
            }
            texts.add(text);
        }
        String input = texts.stream().map(t -> java.util.Arrays.stream(t).mapToObj(Integer::toString)
                .collect(Collectors.joining(","))).collect(Collectors.joining("\n"));
        String script = "import sys\n"
                + "sys.stdout.reconfigure(encoding='utf-8')\n"
                + "for line in sys.stdin.read().split('\\n'):\n"
                + "    cs = [int(c) for c in line.split(',') if c]\n"
                + "    print(repr(''.join(map(chr, cs))), repr(bytes(c & 255 for c in cs)))\n";
        String expected = python(script, input);
        String actual = texts.stream().map(t -> {
            byte[] bytes = new byte[t.length];
            for (int k = 0; k < t.length; k++) {
                bytes[k] = (byte) t[k];
            }
            return Repr.ofStr(new String(t, 0, t.length)) + " " + Repr.ofBytes(bytes);
        }).collect(Collectors.joining("\n", "", "\n"));
        assertThat(actual).isEqualTo(expected);
    }

    private static String python(String script, String input) {
        Run run = Command.of("python3", "-c", script).input(input.getBytes(StandardCharsets.UTF_8)).run();
        assertThat(run.stderr()).isEmpty();
        return run.stdout();
    }
}
