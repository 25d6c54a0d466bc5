package strata.compiler.ast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Value#repr()} against what CPython 3.11's repr() prints (the expected column). */
class ValueTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "1.0|1.0", "0.1|0.1", "1e16|1e+16", "1e15|1000000000000000.0", "0.0001|0.0001", "1e-05|1e-05",
        "2e23|2e+23", "1.5e300|1.5e+300", "123.456|123.456", "5e-324|5e-324", "1.7976931348623157e308|1.7976931348623157e+308",
        "0.30000000000000004|0.30000000000000004", "0.0|0.0", "Infinity|inf", "12345678901234567.0|1.2345678901234568e+16",
        "1234567890123456.0|1234567890123456.0", "100.0|100.0"})
    void floats(double value, String repr) {
        assertThat(new Value.Float(value).repr()).isEqualTo(repr);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "1.0|1j", "2.5|2.5j", "1e16|1e+16j", "0.0|0j", "Infinity|infj", "1e-05|1e-05j"})
    void imaginaryLiterals(double imag, String repr) {
        assertThat(new Value.Complex(0.0, imag).repr()).isEqualTo(repr);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', ignoreLeadingAndTrailingWhitespace = false, value = {
        "a|'a'", "it's|\"it's\"", "'\"|'\\'\"'", "\\|'\\\\'", "é|'é'", "\u00a0|'\\xa0'", "\u200b|'\\u200b'",
        "\ud83d\ude00|'\ud83d\ude00'", "\udb40\udc01|'\\U000e0001'", "\ud800|'\\ud800'", "\u007f|'\\x7f'",
        "\u0001|'\\x01'", "\u3000|'\\u3000'"})
    void strings(String value, String repr) {
        assertThat(new Value.Str(value).repr()).isEqualTo(repr);
    }

    @Test
    void lineBreaksInStrings() {
        assertThat(new Value.Str("\t\n\r").repr()).isEqualTo("'\\t\\n\\r'");
        assertThat(new Value.Str("\u2028").repr()).isEqualTo("'\\u2028'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "61|b'a'", "27|b\"'\"", "2722|b'\\'\"'", "00ff7f|b'\\x00\\xff\\x7f'", "5c090a0d|b'\\\\\\t\\n\\r'", "|b''"})
    void bytes(String hex, String repr) {
        String digits = hex == null ? "" : hex;
        byte[] value = new byte[digits.length() / 2];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        assertThat(new Value.Bytes(value).repr()).isEqualTo(repr);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0", "-5|-5", "123456789012345678901234567890|123456789012345678901234567890"})
    void ints(String value, String repr) {
        assertThat(new Value.Int(new BigInteger(value)).repr()).isEqualTo(repr);
    }
}
