package strata.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import strata.testkit.Programs;
import strata.testkit.Qemu;

/**
 * Shell sessions on the whole system: the default image booted, /sbin/init starting /bin/sh, and
 * the lines of {@code cases/shell/NAME.session} typed one at a time, each when the shell shows its
 * prompt, as a person would type them. The console's transcript, then {@code --- status N} for
 * the status the machine powered off with, is {@code NAME.out}, which QEMU made (booting the same
 * kernel and image) and which Strata must give byte for byte. Where QEMU is installed it must still
 * give it; {@code -Dstrata.regenerate=true} rewrites the files from QEMU. Lines starting with
 * {@code #} in a session are comments. See cases/README.md.
 */
class ShellSessionsTest {
    static final Path CASES = SystemImage.ROOT.resolve("tests/cases/shell");
    private static final boolean REGENERATE = Boolean.getBoolean("strata.regenerate");

    @TempDir
    Path directory;

    @TestFactory
    Stream<DynamicTest> eachSessionGivesQemusTranscript() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(p -> p.toString().endsWith(".session")).sorted()
                    .map(session -> DynamicTest.dynamicTest(session.getFileName().toString(), () -> check(session)))
                    .toList().stream();
        }
    }

    private void check(Path session) throws Exception {
        List<String> lines = Session.read(session);
        Path expectedFile = Path.of(session.toString().replaceFirst("\\.session$", ".out"));
        Path caseDirectory = Files.createDirectories(directory.resolve(session.getFileName().toString()));
        if (REGENERATE || Programs.installed(Qemu.SYSTEM)) {
            String qemu = Session.onQemu(SystemImage.in(caseDirectory.resolve("qemu")), lines);
            if (REGENERATE) {
                Files.writeString(expectedFile, qemu, StandardCharsets.ISO_8859_1);
            }
            assertThat(qemu).as("QEMU's transcript").isEqualTo(Files.readString(expectedFile, StandardCharsets.ISO_8859_1));
        }
        String strata = Session.onStrata(SystemImage.in(caseDirectory.resolve("strata")), lines);
        assertThat(strata).as("Strata's transcript").isEqualTo(Files.readString(expectedFile, StandardCharsets.ISO_8859_1));
    }
}
