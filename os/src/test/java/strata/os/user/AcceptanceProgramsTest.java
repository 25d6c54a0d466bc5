package strata.os.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.testkit.Command;
import strata.testkit.Programs;
import strata.testkit.Run;

/**
 * The programs of /test (os/user/test), each under qemu-riscv32: Linux is the reference for what
 * they print. On Strata the whole-system tests run the same programs and compare with what is
 * committed here.
 */
class AcceptanceProgramsTest {
    private static final Path EXPECTED = UserPrograms.RESOURCES.resolve("test");

    @TempDir
    Path scratch;

    /** badcalls' one line per call is Linux's answer to each; {@code -Dstrata.regenerate=true} rewrites it. */
    @Test
    void badcallsGetsLinuxsErrorForEveryCallAndSurvives() {
        Run run = qemu("test/badcalls").in(scratch).run();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.status()).isZero();
        Path expected = EXPECTED.resolve("badcalls.expected");
        if (UserPrograms.regenerate()) {
            UserPrograms.write(expected, run.stdout());
        }
        assertThat(run.stdout()).isEqualTo(UserPrograms.read(expected)).endsWith("survived\n");
    }

    /** The shell that ran null goes on, and sees it killed by SIGSEGV: 128 + 11. */
    @Test
    void nullIsKilledBySigsegvAndTheShellGoesOn() {
        Path wrappers = UserPrograms.wrappers(scratch.resolve("bin"), "bin", "test");
        Run run = shell(wrappers, "null\necho after $?\n").in(scratch).run();
        assertThat(run.stdout()).isEqualTo("null: reading address 0\nafter 139\n");
        assertThat(run.status()).isZero();
    }

    @Test
    void threadsCountExactlyUnderTheLock() {
        for (int n : new int[] {1, 4, 16, 64}) {
            Run run = qemu("test/threads", Integer.toString(n)).run();
            assertThat(run.stdout()).isEqualTo("threads: " + n + " threads, 10000 rounds each: total " + n * 10000 + "\n");
            assertThat(run.stderr()).isEmpty();
            assertThat(run.status()).isZero();
        }
        Run bad = qemu("test/threads", "65").run();
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.stderr()).isEqualTo("usage: threads [N] (N from 1 to 64)\n");
    }

    /**
     * threadbomb runs as nobody with at most LIMIT processes (RLIMIT_NPROC, which root is not
     * held to), so that clone fails with EAGAIN after a few dozen threads rather than thousands:
     * qemu itself holds a thread or two of the limit, so the count is below LIMIT, not equal.
     */
    @Test
    void threadbombStopsAtEagainAndJoinsThemAll() throws IOException {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "setpriv needs root");
        Programs.require("prlimit");
        Programs.require("setpriv");
        final int limit = 40;
        Path directory = Files.createDirectories(scratch.resolve("nobody"));
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path program = Files.copy(UserPrograms.program("test/threadbomb"), directory.resolve("threadbomb"));
        Run run = Command.of("prlimit", "--nproc=" + limit, "setpriv", "--reuid=65534", "--regid=65534",
                "--clear-groups", UserPrograms.qemu(), "-0", "threadbomb", program.toString()).in(directory).run();
        Matcher started = Pattern.compile("threadbomb: (\\d+) threads started, then clone: Resource temporarily unavailable\n"
                + "threadbomb: all (\\d+) threads joined\n").matcher(run.stdout());
        assertThat(started.matches()).as(run.stdout() + run.stderr()).isTrue();
        int threads = Integer.parseInt(started.group(1));
        assertThat(threads).isBetween(limit - 4, limit - 1);
        assertThat(started.group(2)).isEqualTo(started.group(1));
        assertThat(run.status()).isZero();
    }

    @Test
    void spinPrintsItsRounds() {
        Run run = qemu("test/spin", "a", "3").run();
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).isEqualTo("a 1\na 2\na 3\n");
        assertThat(run.status()).isZero();
        Run bad = qemu("test/spin", "a").run();
        assertThat(bad.stderr()).isEqualTo("usage: spin NAME N\n");
        assertThat(bad.status()).isEqualTo(2);
    }

    /**
     * manyfiles' files are checked here too, independently: each holds its path (below DIR) and
     * a newline, (i mod 8) + 1 times, and the checksum it prints is FNV-1a over them in order.
     */
    @Test
    void manyfilesWritesReadsBackAndSumsItsFiles() throws IOException {
        final int files = 120;
        Run run = qemu("test/manyfiles", "tree", Integer.toString(files)).in(scratch).run();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.status()).isZero();
        int hash = 0x811c9dc5;
        for (int i = 0; i < files; i++) {
            String path = path(i);
            String content = (path + "\n").repeat(i % 8 + 1);
            byte[] bytes = Files.readAllBytes(scratch.resolve("tree").resolve(path));
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(path).isEqualTo(content);
            for (byte b : bytes) {
                hash = (hash ^ (b & 0xff)) * 0x01000193;
            }
        }
        try (var all = Files.walk(scratch.resolve("tree"))) {
            assertThat(all.filter(Files::isRegularFile).count()).isEqualTo(files);
        }
        assertThat(run.stdout()).isEqualTo("manyfiles: " + files + " files in tree, checksum "
                + Integer.toHexString(hash) + "\n");
        assertThat(run.stdout()).isEqualTo(UserPrograms.read(EXPECTED.resolve("manyfiles.expected")));
        Run again = qemu("test/manyfiles", "tree", Integer.toString(files)).in(scratch).run();
        assertThat(again.stdout()).as("over the files of the first run").isEqualTo(run.stdout());
    }

    /** File i's path below DIR: a directory per digit of i but the last, then f and the digits. */
    private static String path(int i) {
        String digits = Integer.toString(i);
        StringBuilder path = new StringBuilder();
        for (int d = 0; d < digits.length() - 1; d++) {
            path.append('d').append(digits.charAt(d)).append('/');
        }
        return path.append('f').append(digits).toString();
    }

    private static Command qemu(String program, String... arguments) {
        List<String> line = new ArrayList<>(List.of(UserPrograms.qemu(), "-0",
                Path.of(program).getFileName().toString(), UserPrograms.program(program).toString()));
        line.addAll(List.of(arguments));
        return Command.of(line);
    }

    private static Command shell(Path wrappers, String script) {
        return Command.of("env", "-i", "PATH=" + wrappers, "HOME=/", UserPrograms.qemu(), "-0", "sh",
                UserPrograms.program("bin/sh").toString()).input(script.getBytes(StandardCharsets.UTF_8));
    }
}
