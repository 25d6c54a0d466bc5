package strata.os.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import strata.testkit.Command;

/**
 * ^C under qemu-riscv32: SIGINT sent, as the console's line discipline sends it on Strata, to the
 * shell and everything it runs. The shell survives: the line it was reading is dropped ($? 130),
 * a command it was waiting for dies of the signal (128 + 2) and is reaped, and it reads on.
 * Linux delivers the signals here; the host's kill(1) sends them.
 */
@Timeout(120)
class InterruptTest {
    private static final long SIGINT_BIT = 1L << (2 - 1);

    @TempDir
    Path scratch;

    @Test
    void sigintWhileTheShellReadsDropsTheLineAndTheShellGoesOn() throws Exception {
        Process shell = shell();
        try (OutputStream input = shell.getOutputStream();
                BufferedReader output = reader(shell)) {
            input.write("echo ready\n".getBytes(StandardCharsets.UTF_8));
            input.flush();
            assertThat(output.readLine()).isEqualTo("ready");
            awaitReadingStandardInput(shell.pid());
            signal(List.of(shell.pid()));
            awaitDelivered(shell.pid());
            awaitReadingStandardInput(shell.pid());
            input.write("echo status $?\nexit\n".getBytes(StandardCharsets.UTF_8));
            input.close();
            assertThat(output.readLine()).isEqualTo("status 130");
            assertThat(output.readLine()).isNull();
        }
        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(shell.exitValue()).isZero();
    }

    @Test
    void sigintKillsTheCommandTheShellWaitsForNotTheShell() throws Exception {
        Process shell = shell();
        try (OutputStream input = shell.getOutputStream();
                BufferedReader output = reader(shell)) {
            input.write("spin x 100000000\n".getBytes(StandardCharsets.UTF_8));
            input.flush();
            assertThat(output.readLine()).isEqualTo("x 1");
            List<Long> all = new ArrayList<>();
            all.add(shell.pid());
            shell.descendants().forEach(p -> all.add(p.pid()));
            assertThat(all).hasSizeGreaterThan(1);
            signal(all);
            input.write("echo status $?\nexit\n".getBytes(StandardCharsets.UTF_8));
            input.close();
            List<String> lines = output.lines().toList();
            assertThat(lines).last().isEqualTo("status 130");
            assertThat(lines.subList(0, lines.size() - 1)).as("spin's rounds before it died")
                    .allMatch(line -> line.matches("x \\d+"));
        }
        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(shell.exitValue()).isZero();
    }

    /**
     * Our shell under qemu-riscv32, PATH naming /bin's and /test's programs. SIGINT's default
     * action is restored first (GNU env): a build started in the background by a script inherits
     * it ignored, and an ignored signal stays ignored across execve, in the shell's children too.
     * Its messages and its output come as one stream (spin writes to standard error), so
     * anything unexpected shows among the lines the tests compare.
     */
    private Process shell() throws IOException {
        Path wrappers = UserPrograms.wrappers(scratch.resolve("bin"), "bin", "test");
        return new ProcessBuilder("env", "-i", "--default-signal=INT", "PATH=" + wrappers, "HOME=/", UserPrograms.qemu(), "-0", "sh",
                UserPrograms.program("bin/sh").toString()).directory(scratch.toFile()).redirectErrorStream(true).start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Waits until the process is blocked in read(0, ...) (the host's call qemu makes for the
     * guest's), as /proc/PID/syscall shows it: the shell is then at its prompt, so the signal
     * interrupts the read, not the tail of the command before. Linux x86-64 and arm64 number read
     * 0 and 63.
     */
    private static void awaitReadingStandardInput(long pid) throws IOException, InterruptedException {
        Path syscall = Path.of("/proc", Long.toString(pid), "syscall");
        Assumptions.assumeTrue(Files.isReadable(syscall), "no /proc/PID/syscall");
        String read = System.getProperty("os.arch").equals("aarch64") ? "63 0x0 " : "0 0x0 ";
        while (!Files.readString(syscall).startsWith(read)) {
            Thread.sleep(10);
        }
    }

    /**
     * Waits until the host has delivered the SIGINT sent to the process (no longer pending in
     * /proc/PID/status): qemu has then made it the guest's, and the read it broke into returns.
     */
    private static void awaitDelivered(long pid) throws IOException, InterruptedException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        while (Files.readString(status).lines()
                .filter(line -> line.startsWith("SigPnd:") || line.startsWith("ShdPnd:"))
                .anyMatch(line -> (Long.parseLong(line.substring(7).strip(), 16) & SIGINT_BIT) != 0)) {
            Thread.sleep(10);
        }
    }

    private static void signal(List<Long> pids) {
        List<String> line = new ArrayList<>(List.of("kill", "-INT"));
        pids.forEach(pid -> line.add(Long.toString(pid)));
        Command.of(line).run().assertSuccess();
    }
}
