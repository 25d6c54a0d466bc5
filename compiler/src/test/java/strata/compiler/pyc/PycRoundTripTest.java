package strata.compiler.pyc;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import strata.compiler.code.CodeObject;

/** Whatever the writer writes, the reader reads back equal; the layout is the one docs/pyc.md gives. */
class PycRoundTripTest {

    @Property(tries = 300)
    void everyCodeObjectTreeReadsBackEqual(@ForAll("modules") CodeObject module, @ForAll long mtime,
                                           @ForAll int size) throws Exception {
        PycHeader header = PycHeader.forSource(mtime, size);
        byte[] bytes = PycWriter.write(header, module);
        assertThat(bytes.length % Pyc.WORD).isZero();
        PycReader.PycFile file = PycReader.read(bytes);
        assertThat(file.header()).isEqualTo(header);
        assertThat(file.module()).isEqualTo(module);
    }

    @Provide
    Arbitrary<CodeObject> modules() {
        return Samples.codes(2);
    }

    @Test
    void theHeaderIsMagicFlagsMtimeSizeLittleEndian() {
        byte[] bytes = PycWriter.write(PycHeader.forSource(0x1_2345_6789L, 0x10), Samples.module());
        assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("ST\r\n");
        assertThat(java.util.Arrays.copyOfRange(bytes, 4, 16)).containsExactly(
                0, 0, 0, 0, 0x89, 0x67, 0x45, 0x23, 0x10, 0, 0, 0);
    }

    @Test
    void aCodeObjectStartsWithItsFixedWordsThenItsInstructions() {
        CodeObject module = Samples.module();
        byte[] bytes = PycWriter.write(PycHeader.forSource(0, 0), module);
        int code = Pyc.HEADER_SIZE;
        assertThat(word(bytes, code)).isEqualTo(Tag.CODE.value());
        assertThat(word(bytes, code + CodeField.NCODE.offset())).isEqualTo(5);
        assertThat(word(bytes, code + CodeField.NEXCEPTIONS.offset())).isEqualTo(1);
        assertThat(word(bytes, code + CodeField.NPOSITIONS.offset())).isEqualTo(2);
        assertThat(word(bytes, code + CodeField.FIRSTLINENO.offset())).isEqualTo(1);
        assertThat(word(bytes, code + CodeField.STACKSIZE.offset())).isEqualTo(1);
        assertThat(word(bytes, code + CodeField.fixedSize())).isEqualTo(module.code().get(0).word());
        int exceptions = code + CodeField.fixedSize() + 5 * Pyc.WORD;
        assertThat(new int[] {word(bytes, exceptions), word(bytes, exceptions + 4), word(bytes, exceptions + 8),
            word(bytes, exceptions + 12)}).containsExactly(1, 3, 4, 0);
        int runs = exceptions + Pyc.EXCEPTION_ROW_WORDS * Pyc.WORD;
        assertThat(new int[] {word(bytes, runs + 20), word(bytes, runs + 24)}).containsExactly(3, -1);
    }

    private static int word(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16 | bytes[at + 3] << 24;
    }
}
