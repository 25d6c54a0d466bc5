package strata.cpu.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The 16550's registers, checked against what QEMU's serial.c does (probed on QEMU 7.2 where noted). */
class Uart16550Test {
    private static final int RBR = 0, IER = 1, IIR = 2, LCR = 3, MCR = 4, LSR = 5, MSR = 6, SCR = 7;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final Wire irq = new Wire();
    private final ManualClock clock = new ManualClock();
    private final Uart16550 uart = new Uart16550(console::write, irq, clock);

    @Test
    void resetValuesAreQemus() {
        // Read on QEMU 7.2: IIR 01, LSR 60, MSR b0, MCR 08, LCR 00.
        assertThat(uart.read(IIR, 1)).isEqualTo(0x01);
        assertThat(uart.read(LSR, 1)).isEqualTo(0x60);
        assertThat(uart.read(MSR, 1)).isEqualTo(0xb0);
        assertThat(uart.read(MCR, 1)).isEqualTo(0x08);
        assertThat(uart.read(LCR, 1)).isZero();
        assertThat(uart.read(IER, 1)).isZero();
        assertThat(uart.read(SCR, 1)).isZero();
        assertThat(irq.high()).isFalse();
    }

    @Test
    void aByteWrittenToThrGoesToTheConsoleAndThrIsEmptyAgainAtOnce() {
        uart.write(RBR, 1, 'h');
        uart.write(RBR, 4, 0x4869);
        assertThat(console.toString()).isEqualTo("hi");
        assertThat(uart.read(LSR, 1)).isEqualTo(0x60);
    }

    @Test
    void everyWidthReadsTheOneRegisterAtItsOffset() {
        // QEMU 7.2: lw from 0x10000004 gives 0x00000008 (MCR alone), not MCR..SCR together.
        assertThat(uart.read(MCR, 4)).isEqualTo(0x08);
        assertThat(uart.read(MCR, 2)).isEqualTo(0x08);
    }

    @Test
    void interruptEnableKeepsItsLowFourBits() {
        uart.write(IER, 1, 0xff);
        assertThat(uart.read(IER, 1)).isEqualTo(0x0f);
    }

    @Test
    void enablingTheThrInterruptRaisesItAndReadingIirClearsIt() {
        uart.write(IER, 1, 0x02);
        assertThat(irq.high()).isTrue();
        assertThat(uart.read(IIR, 1)).isEqualTo(0x02);
        assertThat(irq.high()).isFalse();
        assertThat(uart.read(IIR, 1)).isEqualTo(0x01);
        uart.write(RBR, 1, 'x');
        assertThat(irq.high()).as("THR empty again after the byte went").isTrue();
    }

    @Test
    void aReceivedByteSetsDataReadyAndRaisesTheReceiveInterrupt() {
        uart.write(IER, 1, 0x01);
        uart.receive('a');
        assertThat(uart.read(LSR, 1)).isEqualTo(0x61);
        assertThat(uart.read(IIR, 1)).isEqualTo(0x04);
        assertThat(irq.high()).isTrue();
        assertThat(uart.read(RBR, 1)).isEqualTo('a');
        assertThat(uart.read(LSR, 1)).isEqualTo(0x60);
        assertThat(irq.high()).isFalse();
    }

    @Test
    void aSecondByteBeforeTheFirstIsReadIsAnOverrunThatReadingLsrClears() {
        uart.write(IER, 1, 0x04);
        uart.receive('a');
        uart.receive('b');
        assertThat(uart.read(IIR, 1)).isEqualTo(0x06);
        assertThat(uart.read(LSR, 1)).isEqualTo(0x63);
        assertThat(uart.read(LSR, 1)).isEqualTo(0x61);
        assertThat(uart.read(RBR, 1)).isEqualTo('b');
    }

    @Test
    void theFifoHoldsSixteenBytesAndOverrunsAfter() {
        uart.write(IIR, 1, 0x01);
        assertThat(uart.read(IIR, 1)).isEqualTo(0xc1);
        for (int i = 0; i < 16; i++) {
            assertThat(uart.canReceive()).isTrue();
            uart.receive('a' + i);
        }
        assertThat(uart.canReceive()).isFalse();
        uart.receive('z');
        assertThat(uart.read(LSR, 1)).isEqualTo(0x63);
        StringBuilder read = new StringBuilder();
        while ((uart.read(LSR, 1) & 1) != 0) {
            read.append((char) uart.read(RBR, 1));
        }
        assertThat(read).hasToString("abcdefghijklmnop");
    }

    @Test
    void belowTheTriggerLevelOnlyTheCharacterTimeoutInterrupts() {
        uart.write(IIR, 1, 0x41);
        uart.write(IER, 1, 0x01);
        uart.receive('a');
        uart.receive('b');
        assertThat(irq.high()).isFalse();
        // 9600 baud after reset: 10 bits take 1,041,660 ns; four characters are 41,667 ticks of 100 ns.
        assertThat(uart.nextDeadline()).isEqualTo(41_667);
        uart.advanceTo(41_666);
        assertThat(irq.high()).isFalse();
        uart.advanceTo(41_667);
        assertThat(uart.read(IIR, 1)).isEqualTo(0xcc);
        assertThat(irq.high()).isTrue();
        assertThat(uart.read(RBR, 1)).isEqualTo('a');
        assertThat(irq.high()).isFalse();
        assertThat(uart.nextDeadline()).as("restarted by the read").isEqualTo(41_667);
    }

    @Test
    void startingTheTimeoutTellsTheMachineTheDeadlineMoved() {
        int[] moves = new int[1];
        uart.onDeadlineChange(() -> moves[0]++);
        uart.write(IIR, 1, 0x01);
        uart.receive('a');
        assertThat(moves[0]).isEqualTo(1);
    }

    @Test
    void reachingTheTriggerLevelInterruptsAtOnce() {
        uart.write(IIR, 1, 0x41);
        uart.write(IER, 1, 0x01);
        for (char c : "abcd".toCharArray()) {
            uart.receive(c);
        }
        assertThat(uart.read(IIR, 1)).isEqualTo(0xc4);
    }

    @Test
    void theCharacterTimeFollowsTheDivisorAndTheLineFormat() {
        uart.write(LCR, 1, 0x80);
        uart.write(RBR, 1, 1);
        uart.write(IER, 1, 0);
        uart.write(LCR, 1, 0x03);
        uart.write(IIR, 1, 0x01);
        clock.set(1000);
        uart.receive('a');
        // 3,686,400 baud: 271 ns a bit (integer division, as QEMU), 10 bits, four characters = 108.4 ticks.
        assertThat(uart.nextDeadline()).isEqualTo(1000 + 109);
    }

    @Test
    void theDivisorLatchIsReachedWithDlab() {
        uart.write(LCR, 1, 0x80);
        assertThat(uart.read(RBR, 1)).isEqualTo(0x0c);
        assertThat(uart.read(IER, 1)).isZero();
        uart.write(RBR, 1, 0x34);
        uart.write(IER, 1, 0x12);
        assertThat(uart.read(RBR, 1)).isEqualTo(0x34);
        assertThat(uart.read(IER, 1)).isEqualTo(0x12);
        assertThat(console.size()).as("nothing transmitted").isZero();
        uart.write(LCR, 1, 0x03);
        assertThat(uart.read(IER, 1)).isZero();
    }

    @Test
    void loopbackSendsTransmittedBytesToTheReceiver() {
        // QEMU 7.2 with MCR = 0xff: MCR reads 1f, MSR f0, and 'A' written comes back with LSR 61.
        uart.write(MCR, 1, 0xff);
        assertThat(uart.read(MCR, 1)).isEqualTo(0x1f);
        assertThat(uart.read(MSR, 1)).isEqualTo(0xf0);
        uart.write(RBR, 1, 'A');
        assertThat(uart.read(LSR, 1)).isEqualTo(0x61);
        assertThat(uart.read(RBR, 1)).isEqualTo('A');
        assertThat(uart.read(LSR, 1)).isEqualTo(0x60);
        assertThat(console.size()).isZero();
        assertThat(uart.canReceive()).isFalse();
    }

    @Test
    void theScratchRegisterKeepsAByte() {
        uart.write(SCR, 1, 0x1a5);
        assertThat(uart.read(SCR, 1)).isEqualTo(0xa5);
    }

    @Test
    void clearingTheReceiveFifoDropsItsBytes() {
        uart.write(IIR, 1, 0x01);
        uart.receive('a');
        uart.write(IIR, 1, 0x03);
        assertThat(uart.read(LSR, 1) & 1).as("data ready stays until RBR is read, as on QEMU").isEqualTo(1);
        assertThat(uart.read(RBR, 1)).isZero();
        assertThat(uart.read(LSR, 1)).isEqualTo(0x60);
    }

    @Test
    void theUartWantsInputOnlyWhenEmptyAndListenedTo() {
        assertThat(uart.wantsInput()).isFalse();
        uart.read(LSR, 1);
        assertThat(uart.wantsInput()).as("polled").isTrue();
        uart.receive('a');
        assertThat(uart.wantsInput()).isFalse();
        uart.read(RBR, 1);
        assertThat(uart.wantsInput()).isTrue();
        uart.receive('b');
        uart.read(RBR, 1);
        uart.write(IER, 1, 0x01);
        assertThat(uart.wantsInput()).as("receive interrupt enabled").isTrue();
    }

    @Test
    void resetRestoresThePowerOnState() {
        uart.write(IER, 1, 0x02);
        uart.write(LCR, 1, 0x83);
        uart.receive('a');
        uart.reset();
        assertThat(irq.high()).isFalse();
        assertThat(uart.read(LCR, 1)).isZero();
        assertThat(uart.read(LSR, 1)).isEqualTo(0x60);
        assertThat(uart.read(IIR, 1)).isEqualTo(0x01);
    }
}
