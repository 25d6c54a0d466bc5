package strata.os.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.os.boot.KernelBoot;
import strata.testkit.E2fsprogs;
import strata.testkit.Qemu;

/**
 * The user programs the build put in {@code target/rootfs} (init, sh, ls, cat, echo...) on an
 * ext2 image with an /etc/motd, booted with a scripted session on the console: ls, cat, a pipe,
 * redirections from a file and to a file (the disk cannot be written yet: the shell reports
 * the error), cd and pwd, and the line discipline: echo, ^D ending cat's input, DEL erasing.
 * (The whole session is typed ahead, so a ^C in it would throw away all before it, as n_tty's
 * ISIG does: ConsoleInterruptTest types ^C while a program runs.) Strata must show what QEMU's
 * virt board showed for the same kernel, image and input ({@code shell-session.out}, rewritten
 * with {@code -Dstrata.regenerate=true}).
 */
class ShellBootTest {
    private static final int RAM_MIB = 128;
    private static final String EXPECTED = "shell-session.out";
    private static final byte[] SESSION = ("ls /\n"
            + "cat /etc/motd\n"
            + "ls /bin | cat\n"
            + "cat < /etc/motd\n"
            + "echo written > /etc/new\n"
            + "cd /etc\n"
            + "pwd\n"
            + "cat motd | cat | cat\n"
            + "cat\ntyped to cat\n\u0004"
            + "ech\u007fho erased\n"
            + "exit 3\n").getBytes(StandardCharsets.US_ASCII);

    @Test
    void strataShowsWhatQemuShowed(@TempDir Path directory) throws IOException {
        Path image = image(directory);
        String strata = KernelBoot.strata(RAM_MIB, null, image, SESSION).transcript();
        assertThat(strata).isEqualTo(KernelBoot.expected(ShellBootTest.class, EXPECTED));
    }

    @Test
    void qemuStillShowsTheExpectation(@TempDir Path directory) throws IOException {
        Qemu.requireSystem();
        Path image = image(directory);
        String qemu = KernelBoot.qemu(RAM_MIB, null, image, SESSION).transcript();
        if (KernelBoot.regenerating()) {
            KernelBoot.regenerate(ShellBootTest.class, EXPECTED, qemu);
        }
        assertThat(qemu).isEqualTo(KernelBoot.expected(ShellBootTest.class, EXPECTED));
    }

    /** target/rootfs and an /etc/motd, made by mke2fs and checked by e2fsck. */
    private static Path image(Path directory) throws IOException {
        E2fsprogs.require();
        Path rootfs = Path.of("target", "rootfs");
        assertThat(rootfs.resolve("bin/sh")).as("the build makes the user programs").exists();
        Path tree = directory.resolve("tree");
        try (Stream<Path> files = Files.walk(rootfs)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.naturalOrder())::iterator) {
                Path copy = tree.resolve(rootfs.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Files.createDirectories(tree.resolve("etc"));
        Files.writeString(tree.resolve("etc/motd"), "Welcome to Strata.\n");
        Path image = directory.resolve("shell.img");
        E2fsprogs.mke2fs(image, tree, "8M").assertSuccess();
        E2fsprogs.check(image).assertSuccess();
        return image;
    }
}
