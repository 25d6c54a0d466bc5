package strata.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.testkit.Programs;
import strata.testkit.Qemu;

/**
 * Preemption: two CPU-bound programs that never give the processor up (/test/spin, started
 * together in a pipeline) both make progress, so their lines interleave, and ps, started with
 * them, lists both. Where the lines fall depends on the timer, which on QEMU follows the host's
 * clock, so the property is checked, on Strata and on QEMU, not a transcript.
 */
class PreemptionTest {
    private static final List<String> LINES = List.of("/test/spin a 20 | /test/spin b 20 | ps", "exit 0");

    @TempDir
    Path directory;

    @Test
    void twoSpinningProgramsInterleaveOnStrata() throws Exception {
        check(Session.onStrata(SystemImage.in(Files.createDirectories(directory.resolve("strata"))), LINES));
    }

    @Test
    void twoSpinningProgramsInterleaveOnQemu() throws Exception {
        Programs.require(Qemu.SYSTEM);
        check(Session.onQemu(SystemImage.in(Files.createDirectories(directory.resolve("qemu"))), LINES));
    }

    private static void check(String transcript) {
        List<String> lines = transcript.lines().map(String::strip).toList();
        int firstB = lines.indexOf("b 1");
        int lastA = lines.indexOf("a 20");
        assertThat(firstB).as("b's first line in:%n%s", transcript).isNotNegative();
        assertThat(lastA).as("a's last line in:%n%s", transcript).isNotNegative();
        assertThat(firstB).as("b ran before a finished:%n%s", transcript).isLessThan(lastA);
        assertThat(lines.stream().filter(line -> line.endsWith(" spin")).count())
                .as("ps lists both spinning programs:%n%s", transcript).isEqualTo(2);
        assertThat(transcript).endsWith("--- status 0\n");
    }
}
