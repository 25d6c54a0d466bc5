package strata.os.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.testkit.Command;
import strata.testkit.Programs;
import strata.testkit.Run;

/**
 * /sbin/init under qemu-riscv32, given the program to start as its argument (on Strata it starts
 * /bin/sh): the program gets the minimal environment, and init ends with its status.
 */
class InitTest {

    @TempDir
    Path scratch;

    @Test
    void theShellGetsTheMinimalEnvironmentAndInitExitsWithItsStatus() {
        Path wrappers = UserPrograms.wrappers(scratch.resolve("bin"));
        String script = wrappers.resolve("echo") + " $PATH $HOME\nexit 7\n";
        Run run = init(wrappers.resolve("sh").toString()).input(script.getBytes(StandardCharsets.UTF_8)).run();
        assertThat(run.stdout()).isEqualTo("/bin /\n");
        assertThat(run.stderr()).isEmpty();
        assertThat(run.status()).isEqualTo(7);
    }

    @Test
    void aProgramThatCannotBeStartedIsReportedWithStatus127() {
        Run run = init("/nonexistent/sh").run();
        assertThat(run.stderr()).isEqualTo("init: /nonexistent/sh: No such file or directory\n");
        assertThat(run.status()).isEqualTo(127);
    }

    @Test
    void aProgramKilledByASignalEndsInitWith128PlusTheSignal() {
        Programs.require("sh");
        Run run = init("/bin/sh", "-c", "kill -SEGV $$").run();
        assertThat(run.status()).isEqualTo(128 + 11);
    }

    /** init with these arguments, as the first process of a session: no environment of its own. */
    private static Command init(String... arguments) {
        java.util.List<String> line = new java.util.ArrayList<>(java.util.List.of("env", "-i",
                UserPrograms.qemu(), "-0", "init", UserPrograms.program("sbin/init").toString()));
        line.addAll(java.util.List.of(arguments));
        return Command.of(line);
    }
}
