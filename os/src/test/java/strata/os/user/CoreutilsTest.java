package strata.os.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import strata.testkit.Command;
import strata.testkit.Run;

/**
 * echo, cat, ls, mkdir and rm against GNU coreutils. Each case is {@code coreutils/NAME.cmd}, one
 * command line, which may end in {@code > FILE} to send its output there ({@code /dev/full} shows
 * how a failed write is reported), and {@code NAME.in}, its standard input, if there is one, run in a fresh copy of
 * the tree {@link UserPrograms#makeTree} makes; {@code NAME.expected} is the transcript GNU
 * coreutils give (output, messages, status, the tree afterwards) with {@code LC_ALL=C}. Our
 * program, run under qemu-riscv32 with the same argv[0], must give the same transcript; and
 * where GNU coreutils are installed they are run again and must still give it, which keeps the
 * committed expectations honest.
 *
 * <p>To regenerate the expectations from the host's coreutils after adding or changing a case:
 * {@code mvn -q test -pl os -am -Dtest=CoreutilsTest -Dstrata.regenerate=true}.
 */
class CoreutilsTest {
    private static final String FOLDER = "coreutils";

    @TempDir
    Path scratch;

    @TestFactory
    Stream<DynamicTest> ourProgramsGiveCoreutilsTranscripts() {
        return UserPrograms.cases(FOLDER, ".cmd").stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
            String qemu = UserPrograms.qemu();
            List<String> words = words(file);
            List<String> line = new ArrayList<>(List.of(qemu, "-0", words.get(0),
                    UserPrograms.program("bin/" + words.get(0)).toString()));
            line.addAll(words.subList(1, words.size()));
            assertThat(transcript(file, redirected(line))).isEqualTo(UserPrograms.read(UserPrograms.sibling(file, ".expected")));
        }));
    }

    @TestFactory
    Stream<DynamicTest> coreutilsStillGiveTheExpectedTranscripts() {
        return UserPrograms.cases(FOLDER, ".cmd").stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
            Assumptions.assumeTrue(UserPrograms.gnuCoreutils(), "GNU coreutils are not installed");
            List<String> line = new ArrayList<>(List.of("env", "LC_ALL=C"));
            line.addAll(words(file));
            String transcript = transcript(file, redirected(line));
            Path expected = UserPrograms.sibling(file, ".expected");
            if (UserPrograms.regenerate()) {
                UserPrograms.write(expected, transcript);
            }
            assertThat(transcript).isEqualTo(UserPrograms.read(expected));
        }));
    }

    /** Runs {@code line} in a fresh tree with the case's input, and gives the transcript. */
    private String transcript(Path file, List<String> line) throws Exception {
        Path root = Files.createTempDirectory(scratch, "case");
        UserPrograms.makeTree(root);
        byte[] input = UserPrograms.readIfExists(UserPrograms.sibling(file, ".in"));
        Run run = Command.of(line).in(root).input(input).run();
        return UserPrograms.transcript(String.join(" ", words(file)), run, root);
    }

    /** The command line, its output sent to FILE by the host's sh if it ends in "> FILE". */
    private static List<String> redirected(List<String> line) {
        int n = line.size();
        if (n < 2 || !line.get(n - 2).equals(">")) {
            return line;
        }
        List<String> shell = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" > \"$0\"", line.get(n - 1)));
        shell.addAll(line.subList(0, n - 2));
        return shell;
    }

    private static List<String> words(Path file) {
        return UserPrograms.words(UserPrograms.read(file));
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
