package strata.cpu.dev;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The test finisher's three commands, as QEMU's sifive_test.c. */
class SifiveTestTest {
    private final PowerLog power = new PowerLog();
    private final SifiveTest finisher = new SifiveTest(power);

    @Test
    void passPowersOffWithStatusZero() {
        finisher.write(0, 4, 0x5555);
        assertThat(power.requests).containsExactly("test pass");
    }

    @Test
    void failCarriesTheCodeInTheHighHalf() {
        finisher.write(0, 4, 42 << 16 | 0x3333);
        finisher.write(0, 4, 0xffff_3333);
        assertThat(power.requests).containsExactly("test fail 42", "test fail 65535");
    }

    @Test
    void resetAsksForAReset() {
        finisher.write(0, 4, 0x7777);
        assertThat(power.requests).containsExactly("test reset");
    }

    @Test
    void aHalfwordWriteWorksToo() {
        finisher.write(0, 2, 0x5555);
        assertThat(power.requests).containsExactly("test pass");
    }

    @Test
    void otherValuesAndOffsetsAreIgnoredAndReadsGiveZero() {
        finisher.write(0, 4, 0x1234);
        finisher.write(4, 4, 0x5555);
        assertThat(power.requests).isEmpty();
        assertThat(finisher.read(0, 4)).isZero();
    }

    @Test
    void byteAccessesAreRefused() {
        // QEMU 7.2: lb from 0x100000 is a load access fault; lh reads 0.
        assertThat(finisher.accepts(0, 1)).isFalse();
        assertThat(finisher.accepts(0, 2)).isTrue();
        assertThat(finisher.accepts(0, 4)).isTrue();
    }
}
