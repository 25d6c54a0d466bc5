package strata.cpu.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** tohost and fromhost, as QEMU's riscv_htif.c handles them. */
class HtifTest {
    private static final long TOHOST = 0x8000_1000L;
    private static final long FROMHOST = 0x8000_1040L;

    private final PowerLog power = new PowerLog();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final Htif htif = new Htif(TOHOST, FROMHOST, power, console::write);

    @Test
    void theWindowSpansBothWords() {
        assertThat(htif.base()).isEqualTo(TOHOST);
        assertThat(htif.size()).isEqualTo(0x48);
        Htif alone = new Htif(TOHOST, -1, power, console::write);
        assertThat(alone.size()).isEqualTo(8);
        Htif before = new Htif(TOHOST, TOHOST - 8, power, console::write);
        assertThat(before.base()).isEqualTo(TOHOST - 8);
        assertThat(before.size()).isEqualTo(16);
    }

    @Test
    void oneIsAPass() {
        htif.write(0, 4, 1);
        assertThat(power.requests).as("only the high word hands the command over").isEmpty();
        htif.write(4, 4, 0);
        assertThat(power.requests).containsExactly("htif pass");
    }

    @Test
    void anOddValueIsAFailureWithTheRestAsCode() {
        htif.write(0, 4, 7 << 1 | 1);
        htif.write(4, 4, 0);
        assertThat(power.requests).containsExactly("htif fail 7");
    }

    @Test
    void theConsoleDevicePrintsAByteAndAnswersInFromhost() {
        htif.write(0, 4, 'A');
        htif.write(4, 4, 0x0101_0000);
        assertThat(console.toString()).isEqualTo("A");
        assertThat(htif.read(0, 4)).as("tohost cleared").isZero();
        assertThat(htif.read(0x40, 4)).isEqualTo(0x100 | 'A');
        assertThat(htif.read(0x44, 4)).isEqualTo(0x0101_0000);
    }

    @Test
    void aLowWordWrittenWhileTohostIsBusyIsDropped() {
        htif.write(0, 4, 'A');
        htif.write(0, 4, 'B');
        htif.write(4, 4, 0x0101_0000);
        assertThat(console.toString()).isEmpty();
        assertThat(htif.read(0, 4)).isEqualTo('A');
    }

    @Test
    void theGuestClearsFromhost() {
        htif.write(0, 4, 'A');
        htif.write(4, 4, 0x0101_0000);
        htif.write(0x40, 4, 0);
        htif.write(0x44, 4, 0);
        assertThat(htif.read(0x40, 4)).isZero();
        assertThat(htif.read(0x44, 4)).isZero();
    }

    @Test
    void consoleInputRequestsAreTakenButNeverAnswered() {
        htif.write(0, 4, 0);
        htif.write(4, 4, 0x0100_0000);
        assertThat(htif.read(0, 4)).isZero();
        assertThat(htif.read(0x40, 4)).isZero();
    }

    @Test
    void otherOffsetsReadZeroAndNarrowReadsAreMasked() {
        htif.write(0, 4, 0x1234);
        assertThat(htif.read(8, 4)).isZero();
        assertThat(htif.read(0, 1)).isEqualTo(0x34);
        assertThat(htif.read(0, 2)).isEqualTo(0x1234);
    }
}
