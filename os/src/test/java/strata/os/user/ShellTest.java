package strata.os.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import strata.testkit.Command;
import strata.testkit.Programs;
import strata.testkit.Run;

/**
 * Scripted sessions of /bin/sh. Each case is {@code sh/NAME.sh}, piped to the shell's standard
 * input in a fresh copy of the tree {@link UserPrograms#makeTree} makes, with PATH naming our
 * programs (through {@link UserPrograms#wrappers}) and HOME=/. {@code NAME.expected} is the
 * transcript: output, messages, status, the tree afterwards.
 *
 * <p>A script whose first line is {@value #REFERENCE} uses only what POSIX sh and GNU coreutils
 * print the same way, and its expectation is what the host's /bin/sh (dash or bash) gives with
 * GNU coreutils; the host is run again where it has them. The others exercise the shell's own
 * messages (a command not found, a syntax error, cd's failure), which differ between shells:
 * their expectations are ours, written down and reviewed.
 *
 * <p>{@code -Dstrata.regenerate=true} rewrites the expectations: from the host for the
 * reference scripts, from our shell for the others (review the difference before committing).
 */
class ShellTest {
    private static final String FOLDER = "sh";
    static final String REFERENCE = "# reference: sh";

    @TempDir
    Path scratch;

    @TestFactory
    Stream<DynamicTest> ourShellGivesTheExpectedTranscripts() {
        return UserPrograms.cases(FOLDER, ".sh").stream().map(script -> DynamicTest.dynamicTest(name(script), () -> {
            Path wrappers = UserPrograms.wrappers(scratch.resolve("bin"));
            String transcript = transcript(script, List.of("env", "-i", "PATH=" + wrappers, "HOME=/",
                    UserPrograms.qemu(), "-0", "sh", UserPrograms.program("bin/sh").toString()));
            Path expected = UserPrograms.sibling(script, ".expected");
            if (UserPrograms.regenerate() && !isReference(script)) {
                UserPrograms.write(expected, transcript);
            }
            assertThat(transcript).isEqualTo(UserPrograms.read(expected));
        }));
    }

    @TestFactory
    Stream<DynamicTest> theHostShellGivesTheReferenceTranscripts() {
        return UserPrograms.cases(FOLDER, ".sh").stream().filter(ShellTest::isReference)
                .map(script -> DynamicTest.dynamicTest(name(script), () -> {
                    Programs.require("sh");
                    Assumptions.assumeTrue(UserPrograms.gnuCoreutils(), "GNU coreutils are not installed");
                    String transcript = transcript(script, List.of("env", "-i", "PATH=/usr/bin:/bin", "HOME=/",
                            "LC_ALL=C", "sh"));
                    Path expected = UserPrograms.sibling(script, ".expected");
                    if (UserPrograms.regenerate()) {
                        UserPrograms.write(expected, transcript);
                    }
                    assertThat(transcript).isEqualTo(UserPrograms.read(expected));
                }));
    }

    /**
     * On a terminal (here util-linux's script(1) gives the shell one) the shell prompts before
     * each line; script passes on the end of its empty input as ^D, so the shell sees end of file
     * after its first prompt and exits with status 0. Every transcript above shows no prompt:
     * there standard input is a file.
     */
    @Test
    void onATerminalTheShellPrompts() {
        Programs.require("script");
        String shell = "env -i PATH=/bin HOME=/ '" + UserPrograms.qemu() + "' -0 sh '" + UserPrograms.program("bin/sh") + "'";
        Run run = Command.of("script", "-qec", shell, "/dev/null").run();
        assertThat(run.stdout()).isEqualTo("$ ");
        assertThat(run.status()).isZero();
    }

    private String transcript(Path script, List<String> shell) throws Exception {
        Path root = Files.createTempDirectory(scratch, "case");
        UserPrograms.makeTree(root);
        Run run = Command.of(shell).in(root).input(Files.readAllBytes(script)).run();
        return UserPrograms.transcript("sh < " + name(script), run, root);
    }

    private static boolean isReference(Path script) {
        return UserPrograms.read(script).startsWith(REFERENCE + "\n");
    }

    private static String name(Path script) {
        return script.getFileName().toString();
    }
}
