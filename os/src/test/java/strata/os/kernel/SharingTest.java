package strata.os.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.os.boot.KernelBoot;
import strata.testkit.Qemu;
import strata.testkit.Run;

/**
 * Threads' sharing and signals to a process against Linux: {@code share.S} is a plain Linux
 * riscv32 program (CLONE_FILES, kill to a thread group, tgkill, siginfo, SIGCHLD, SA_NOCLDWAIT, a
 * fatal signal one thread blocks), so qemu-riscv32 runs it on the host's Linux. What it prints
 * there must be what it printed as init on Strata and on QEMU's virt board with the Strata kernel
 * ({@code share.out}, KernelTest's expectation), but for the lines qemu-riscv32 cannot give:
 * it makes every guest thread a host pthread, so it refuses a thread without CLONE_FILES
 * (-EINVAL), and it does not hand SA_NOCLDWAIT to the host. Those lines must hold what Linux
 * itself gives (the same calls from C on the host's Linux, clone(2), wait(2)).
 */
class SharingTest {
    /** The lines qemu-riscv32 cannot reproduce, with Linux's answers. */
    private static final Map<String, String> LINUX_ONLY = Map.of(
            "a thread without CLONE_FILES started", "1",
            "fcntl on a descriptor only that thread opened", "-9",
            "waitid with SA_NOCLDWAIT", "-10");

    @Test
    void linuxPrintsWhatTheKernelPrinted(@TempDir Path directory) throws Exception {
        Qemu.requireUser();
        Path program = directory.resolve("share");
        Files.write(program, KernelBoot.userProgram("/strata/os/kernel/share.S"));
        program.toFile().setExecutable(true);

        Run run = Qemu.user(program).run();

        assertThat(run.status()).as(run.stderr()).isEqualTo(5);
        List<String> expected = programLines(KernelBoot.expected(KernelTest.class, "share.out"));
        List<String> linux = run.stdout().lines().toList();
        assertThat(linux).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String label = expected.get(i).substring(0, expected.get(i).lastIndexOf(':'));
            if (LINUX_ONLY.containsKey(label)) {
                assertThat(expected.get(i)).isEqualTo(label + ": " + LINUX_ONLY.get(label));
            } else {
                assertThat(linux.get(i)).isEqualTo(expected.get(i));
            }
        }
    }

    /** The program's own lines of a console capture: after the initrd line, before init's end. */
    private static List<String> programLines(String console) {
        int start = console.indexOf('\n', console.indexOf("initrd: ")) + 1;
        int end = console.indexOf("kernel: init exited");
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        return console.substring(start, end).replace("\r\n", "\n").lines().toList();
    }
}
