package strata.cpu.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import strata.cpu.bus.Bus;

/** tohost and fromhost in RAM, handled as QEMU's riscv_htif.c handles them. */
class HtifTest {
    private static final long RAM = 0x8000_0000L;
    private static final long TOHOST = RAM + 0x1000;
    private static final long FROMHOST = RAM + 0x1040;

    private final Bus bus = new Bus();
    private final PowerLog power = new PowerLog();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final Htif htif;

    HtifTest() {
        bus.addRam(RAM, 0x4000);
        htif = new Htif(bus, TOHOST, FROMHOST, power, console::write);
    }

    @Test
    void theTohostPageIsWatched() {
        assertThat(bus.isWatched(TOHOST)).isTrue();
        assertThat(bus.isWatched(RAM)).isFalse();
    }

    @Test
    void oneIsAPass() {
        bus.write(TOHOST, 4, 1);
        assertThat(power.requests).as("only the high word hands the command over").isEmpty();
        bus.write(TOHOST + 4, 4, 0);
        assertThat(power.requests).containsExactly("htif pass");
        assertThat(bus.read(TOHOST, 4)).as("tohost cleared").isZero();
    }

    @Test
    void anOddValueIsAFailureWithTheRestAsCode() {
        bus.write(TOHOST, 4, 7 << 1 | 1);
        bus.write(TOHOST + 4, 4, 0);
        assertThat(power.requests).containsExactly("htif fail 7");
    }

    @Test
    void theConsoleDevicePrintsAByteAndAnswersInFromhost() {
        bus.write(TOHOST, 4, 'A');
        bus.write(TOHOST + 4, 4, 0x0101_0000);
        assertThat(console.toString()).isEqualTo("A");
        assertThat(bus.read(TOHOST, 4)).isZero();
        assertThat(bus.read(TOHOST + 4, 4)).isZero();
        assertThat(bus.read(FROMHOST, 4)).isEqualTo(0x100 | 'A');
        assertThat(bus.read(FROMHOST + 4, 4)).isEqualTo(0x0101_0000);
    }

    @Test
    void aLowWordWrittenWhileACommandIsPendingBlocksTheHandover() {
        bus.write(TOHOST, 4, 'A');
        bus.write(TOHOST, 4, 'B');
        bus.write(TOHOST + 4, 4, 0x0101_0000);
        assertThat(console.size()).as("QEMU's allow_tohost is cleared").isZero();
    }

    @Test
    void aHighWordWithoutALowWordDoesNothing() {
        bus.write(TOHOST + 4, 4, 0x0101_0000);
        assertThat(console.size()).isZero();
        assertThat(bus.read(TOHOST + 4, 4)).isEqualTo(0x0101_0000);
    }

    @Test
    void consoleInputRequestsAreTakenButNeverAnswered() {
        bus.write(TOHOST, 4, 0);
        bus.write(TOHOST + 4, 4, 0x0100_0000);
        assertThat(bus.read(TOHOST + 4, 4)).isZero();
        assertThat(bus.read(FROMHOST + 4, 4)).isZero();
    }

    @Test
    void withoutFromhostTheAnswerGoesNowhere() {
        Bus other = new Bus();
        other.addRam(RAM, 0x4000);
        new Htif(other, TOHOST, -1, power, console::write);
        other.write(TOHOST, 4, 'Z');
        other.write(TOHOST + 4, 4, 0x0101_0000);
        assertThat(console.toString()).isEqualTo("Z");
        assertThat(other.read(FROMHOST, 4)).isZero();
    }

    @Test
    void aResetForgetsAHalfWrittenCommand() {
        bus.write(TOHOST, 4, 'A');
        htif.reset();
        bus.write(TOHOST, 4, 'B');
        bus.write(TOHOST + 4, 4, 0x0101_0000);
        assertThat(console.toString()).isEqualTo("B");
    }
}
