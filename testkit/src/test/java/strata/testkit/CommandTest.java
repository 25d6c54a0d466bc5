package strata.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process runner, on the POSIX shell and its utilities: what goes in, what comes out, and a hang. */
class CommandTest {

    @BeforeEach
    void needsAShell() {
        Programs.require("sh", "cat", "head", "pwd", "sleep");
    }

    @Test
    void keepsTheStatusAndBothStreamsApart() {
        Run run = Command.of("sh", "-c", "printf out; printf err >&2; exit 3").run();
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.succeeded()).isFalse();
        assertThat(run.stdout()).isEqualTo("out");
        assertThat(run.stderr()).isEqualTo("err");
        assertThat(run.command()).containsExactly("sh", "-c", "printf out; printf err >&2; exit 3");
    }

    @Test
    void givesTheInputBytesThenEndOfFile() {
        byte[] input = {'a', 0, (byte) 0xff, '\n', 'z'};
        Run run = Command.of("cat").input(input).run();
        assertThat(run.status()).isZero();
        assertThat(run.stdout(StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(input);
    }

    @Test
    void withoutInputTheProgramReadsEndOfFileAtOnce() {
        Run run = Command.of("cat").limit(Duration.ofSeconds(20)).run();
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void runsInTheGivenDirectory(@TempDir Path directory) throws Exception {
        Run run = Command.of("pwd", "-P").in(directory).run();
        assertThat(run.stdout()).isEqualTo(directory.toRealPath() + "\n");
    }

    @Test
    void muchOutputAndInputNeverReadDoNotBlock() {
        byte[] input = new byte[1 << 20];
        Run run = Command.of("sh", "-c", "head -c 1000000 /dev/zero; head -c 300000 /dev/zero >&2")
                .input(input).run();
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).hasSize(1_000_000);
        assertThat(run.stderr()).hasSize(300_000);
    }

    @Test
    void aRunPastItsLimitIsKilledAndFailsWithWhatItPrinted() {
        Command stuck = Command.of("sh", "-c", "echo started; exec sleep 30").limit(Duration.ofSeconds(2));
        assertThatThrownBy(stuck::run).isInstanceOf(AssertionError.class)
                .hasMessageContaining("sh -c echo started; exec sleep 30 did not finish in 2 s and was killed")
                .hasMessageEndingWith("it printed:\nstarted\n");
    }

    @Test
    void aProgramThatDoesNotExistIsAClearError() {
        assertThatThrownBy(() -> Command.of("strata-no-such-program", "x").run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot run strata-no-such-program: ");
    }

    @Test
    void anEmptyCommandIsRefused() {
        assertThatThrownBy(() -> Command.of()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommandIsNotChangedByChangingWhatItWasMadeFrom() {
        String[] line = {"sh", "-c", "cat"};
        byte[] input = {'1'};
        Command command = Command.of(Arrays.asList(line)).input(input);
        line[2] = "exit 9";
        input[0] = '2';
        assertThat(command.line()).containsExactly("sh", "-c", "cat");
        assertThat(command.run().stdout()).isEqualTo("1");
    }
}
