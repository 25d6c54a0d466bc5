package strata.os.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.os.boot.KernelBoot;
import strata.testkit.E2fsprogs;
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
 * {@code sharefs.S} does the same for CLONE_FS, run as /sbin/init from an ext2 image.
 */
class SharingTest {
    private static final int RAM_MIB = 128;

    /** The lines qemu-riscv32 cannot reproduce, with Linux's answers. */
    private static final Map<String, String> LINUX_ONLY = Map.of(
            "a thread without CLONE_FILES started", "1",
            "fcntl on a descriptor only that thread opened", "-9",
            "waitid with SA_NOCLDWAIT", "-10",
            "a thread without CLONE_FS started", "1");

    @Test
    void linuxPrintsWhatTheKernelPrinted(@TempDir Path directory) throws Exception {
        compareWithLinux(directory, "share", 5);
    }

    @Test
    void strataSharesTheDirectoryAsQemuShowed(@TempDir Path directory) throws IOException {
        String strata = KernelBoot.strata(RAM_MIB, null, image(directory)).transcript();
        assertThat(strata).isEqualTo(KernelBoot.expected(SharingTest.class, "sharefs.out"));
    }

    @Test
    void qemuStillSharesTheDirectory(@TempDir Path directory) throws IOException {
        Qemu.requireSystem();
        String qemu = KernelBoot.qemu(RAM_MIB, null, image(directory)).transcript();
        if (KernelBoot.regenerating()) {
            KernelBoot.regenerate(SharingTest.class, "sharefs.out", qemu);
        }
        assertThat(qemu).isEqualTo(KernelBoot.expected(SharingTest.class, "sharefs.out"));
    }

    @Test
    void linuxSharesTheDirectoryAsTheKernelDid(@TempDir Path directory) throws Exception {
        compareWithLinux(directory, "sharefs", 0);
    }

    /** /sbin/init (sharefs.S) and /etc, checked by e2fsck. */
    private static Path image(Path directory) throws IOException {
        E2fsprogs.require();
        Path tree = directory.resolve("tree");
        Files.createDirectories(tree.resolve("sbin"));
        Files.createDirectories(tree.resolve("etc"));
        Path init = tree.resolve("sbin/init");
        Files.write(init, KernelBoot.userProgram("/strata/os/kernel/sharefs.S"));
        Files.setPosixFilePermissions(init, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path image = directory.resolve("sharefs.img");
        E2fsprogs.mke2fs(image, tree, "4M").assertSuccess();
        E2fsprogs.check(image).assertSuccess();
        return image;
    }

    /** NAME.S under qemu-riscv32 must print NAME.out's lines but LINUX_ONLY's, and end with status. */
    private static void compareWithLinux(Path directory, String name, int status) throws Exception {
        Qemu.requireUser();
        Path program = directory.resolve(name);
        Files.write(program, KernelBoot.userProgram("/strata/os/kernel/" + name + ".S"));
        program.toFile().setExecutable(true);

        Run run = Qemu.user(program).run();

        assertThat(run.status()).as(run.stderr()).isEqualTo(status);
        List<String> expected = programLines(KernelBoot.expected(SharingTest.class, name + ".out"));
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

    /** The program's own lines of a console capture: after the kernel's three, before init's end. */
    private static List<String> programLines(String console) {
        int start = console.indexOf('\n', console.indexOf('\n', console.indexOf("\nmemory: ") + 1) + 1) + 1;
        int end = console.indexOf("kernel: init exited");
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        return console.substring(start, end).replace("\r\n", "\n").lines().toList();
    }
}
