package strata.cpu.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The PLIC's registers, claim and complete, as QEMU's sifive_plic.c behaves. */
class PlicTest {
    private static final int PENDING = 0x1000, ENABLE = 0x2000, CONTEXT = 0x200000;
    private static final int M = 0, S = 1;

    private final Wire meip = new Wire();
    private final Wire seip = new Wire();
    private final Plic plic = new Plic(meip, seip);

    @Test
    void prioritiesKeepThreeBitsForSourcesOneTo96() {
        // QEMU 7.2: 0xff written to source 1 reads 7; source 96 keeps 5; offset 0 and "source 97" read 0.
        plic.write(0, 4, 5);
        plic.write(4, 4, 0xff);
        plic.write(96 * 4, 4, 5);
        plic.write(97 * 4, 4, 5);
        assertThat(plic.read(0, 4)).isZero();
        assertThat(plic.read(4, 4)).isEqualTo(7);
        assertThat(plic.read(96 * 4, 4)).isEqualTo(5);
        assertThat(plic.read(97 * 4, 4)).isZero();
    }

    @Test
    void thePendingAndEnableBitsCoverSourcesZeroTo95() {
        // QEMU 7.2: enable words 0..2 keep what is written, word 3 reads 0.
        for (int word = 0; word < 4; word++) {
            plic.write(ENABLE + 4 * word, 4, -1);
        }
        assertThat(plic.read(ENABLE + 8, 4)).isEqualTo(-1);
        assertThat(plic.read(ENABLE + 12, 4)).isZero();
        plic.source(95).set(true);
        assertThat(plic.read(PENDING + 8, 4)).isEqualTo(1 << 31);
        assertThat(plic.read(PENDING + 12, 4)).isZero();
    }

    @Test
    void anEnabledPendingSourceAboveTheThresholdInterruptsItsContext() {
        plic.write(10 * 4, 4, 1);
        plic.write(ENABLE, 4, 1 << 10);
        plic.source(10).set(true);
        assertThat(meip.high()).isTrue();
        assertThat(seip.high()).isFalse();
        assertThat(plic.read(PENDING, 4)).isEqualTo(1 << 10);
        plic.write(CONTEXT, 4, 1);
        assertThat(meip.high()).as("priority 1 is not above threshold 1").isFalse();
        assertThat(plic.read(CONTEXT, 4)).isEqualTo(1);
    }

    @Test
    void aClaimTakesTheSourceUntilItIsCompleted() {
        plic.write(10 * 4, 4, 1);
        plic.write(ENABLE, 4, 1 << 10);
        InterruptLine uart = plic.source(10);
        uart.set(true);
        assertThat(plic.read(CONTEXT + 4, 4)).isEqualTo(10);
        assertThat(meip.high()).isFalse();
        assertThat(plic.read(PENDING, 4)).isZero();
        uart.set(true);
        assertThat(plic.read(PENDING, 4)).isEqualTo(1 << 10);
        assertThat(meip.high()).as("still claimed").isFalse();
        assertThat(plic.read(CONTEXT + 4, 4)).as("nothing else to claim").isZero();
        plic.write(CONTEXT + 4, 4, 10);
        assertThat(meip.high()).isTrue();
    }

    @Test
    void theHighestPriorityWinsAndTheLowestNumberAmongEquals() {
        for (int source : new int[] {3, 5, 7}) {
            plic.source(source).set(true);
        }
        plic.write(3 * 4, 4, 2);
        plic.write(5 * 4, 4, 6);
        plic.write(7 * 4, 4, 6);
        plic.write(ENABLE + 0x80, 4, 0xff);
        assertThat(seip.high()).isTrue();
        assertThat(meip.high()).isFalse();
        assertThat(plic.read(CONTEXT + 0x1000 + 4, 4)).isEqualTo(5);
        assertThat(plic.read(CONTEXT + 0x1000 + 4, 4)).isEqualTo(7);
        assertThat(plic.read(CONTEXT + 0x1000 + 4, 4)).isEqualTo(3);
        assertThat(seip.high()).isFalse();
    }

    @Test
    void sourcesAbove31UseTheFollowingWords() {
        plic.write(40 * 4, 4, 1);
        plic.write(ENABLE + 4, 4, 1 << 8);
        plic.source(40).set(true);
        assertThat(plic.read(PENDING + 4, 4)).isEqualTo(1 << 8);
        assertThat(plic.read(ENABLE + 4, 4)).isEqualTo(1 << 8);
        assertThat(plic.read(CONTEXT + 4, 4)).isEqualTo(40);
    }

    @Test
    void aLineGoingLowLeavesThePendingBitUntilAClaim() {
        // QEMU 7.2: the UART's interrupt raised by IER = 0xff and lowered by IER = 0 stays pending.
        plic.write(10 * 4, 4, 1);
        plic.write(ENABLE, 4, 1 << 10);
        plic.source(10).set(true);
        plic.source(10).set(false);
        assertThat(meip.high()).isTrue();
        assertThat(plic.read(PENDING, 4)).isEqualTo(1 << 10);
        assertThat(plic.read(CONTEXT + 4, 4)).isEqualTo(10);
        assertThat(plic.read(PENDING, 4)).isZero();
    }

    @Test
    void pendingBitsCannotBeWritten() {
        plic.write(PENDING, 4, -1);
        assertThat(plic.read(PENDING, 4)).isZero();
    }

    @Test
    void thresholdsKeepThreeBits() {
        plic.write(CONTEXT + 0x1000, 4, 0x0f);
        assertThat(plic.read(CONTEXT + 0x1000, 4)).isEqualTo(7);
    }

    @Test
    void registersOfContextsThatDoNotExistReadZero() {
        plic.write(ENABLE + 2 * 0x80, 4, -1);
        plic.write(CONTEXT + 2 * 0x1000, 4, 3);
        assertThat(plic.read(ENABLE + 2 * 0x80, 4)).isZero();
        assertThat(plic.read(CONTEXT + 2 * 0x1000, 4)).isZero();
    }

    @Test
    void onlyAlignedWordsAreAccepted() {
        // QEMU 7.2: lb from 0x0c000004 is a load access fault.
        assertThat(plic.accepts(4, 4)).isTrue();
        assertThat(plic.accepts(4, 1)).isFalse();
        assertThat(plic.accepts(6, 4)).isFalse();
    }

    @Test
    void resetClearsEverything() {
        plic.write(10 * 4, 4, 1);
        plic.write(ENABLE, 4, 1 << 10);
        plic.source(10).set(true);
        plic.reset();
        assertThat(meip.high()).isFalse();
        assertThat(plic.read(10 * 4, 4)).isZero();
        assertThat(plic.read(ENABLE, 4)).isZero();
        assertThat(plic.read(PENDING, 4)).isZero();
    }

    @Test
    void sourceNumbersOutsideOneTo95AreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> plic.source(0));
        assertThatIllegalArgumentException().isThrownBy(() -> plic.source(96));
    }
}
