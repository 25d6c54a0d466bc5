package strata.compiler.pyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A damaged {@code .pyc} is a {@link PycFormatException} with a message, never another exception. */
class PycCorruptionTest {
    private final byte[] good = PycWriter.write(PycHeader.forSource(7, 9), Samples.module());

    @Test
    void everyTruncationIsReported() {
        for (int length = 0; length < good.length; length++) {
            byte[] cut = Arrays.copyOf(good, length);
            assertThatThrownBy(() -> PycReader.read(cut)).as("cut at " + length)
                    .isInstanceOf(PycFormatException.class).hasMessageMatching(".*(byte|short).*");
        }
    }

    @Test
    void aForeignMagicNumberIsReported() {
        byte[] cpython = good.clone();
        cpython[0] = (byte) 0xa7;
        cpython[1] = 0x0d;
        assertThatThrownBy(() -> PycReader.read(cpython)).hasMessageContaining("bad magic number 0x0a0d0da7");
    }

    @Test
    void extraBytesAndUnknownTagsAreReported() {
        byte[] longer = Arrays.copyOf(good, good.length + 4);
        assertThatThrownBy(() -> PycReader.read(longer)).hasMessageContaining("4 bytes after the module");
        byte[] tagged = good.clone();
        tagged[Pyc.HEADER_SIZE] = 99;
        assertThatThrownBy(() -> PycReader.read(tagged)).hasMessageContaining("unknown object tag 99 at byte 16");
    }

    @Test
    void deepNestingIsReportedNotOverflowed() {
        int depth = 5000;
        byte[] nested = new byte[Pyc.HEADER_SIZE + depth * 8 + 4];
        System.arraycopy(good, 0, nested, 0, Pyc.HEADER_SIZE);
        for (int i = 0; i < depth; i++) {
            nested[Pyc.HEADER_SIZE + 8 * i] = (byte) Tag.TUPLE.value();
            nested[Pyc.HEADER_SIZE + 8 * i + 4] = 1;
        }
        assertThatThrownBy(() -> PycReader.read(nested)).hasMessageContaining("nested more than 500 deep");
    }

    @Property(tries = 2000)
    void anyDamagedByteIsReadOrReported(@ForAll @IntRange(min = 0, max = 100_000) int position,
                                        @ForAll byte value) {
        byte[] damaged = good.clone();
        damaged[position % damaged.length] = value;
        try {
            PycReader.read(damaged);
        } catch (PycFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
