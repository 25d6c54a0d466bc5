package strata.os.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.os.boot.KernelBoot;
import strata.testkit.E2fsprogs;
import strata.testkit.Qemu;

/**
 * Descriptors, ext2 files, pipes and the console's terminal queries: {@code files.S} runs as /sbin/init from an ext2 image made
 * by mke2fs and prints each call's result. Strata must print what QEMU's virt board printed for
 * the same kernel and image ({@code files.out}, rewritten from QEMU with
 * {@code -Dstrata.regenerate=true}); the expectation's values were read against Linux's man
 * pages (openat(2), read(2), lseek(2), dup(2), fcntl(2), getdents64(2), chdir(2), getcwd(2), pipe(7), ioctl_tty(2)).
 */
class FilesTest {
    private static final int RAM_MIB = 128;
    private static final String EXPECTED = "files.out";

    @Test
    void strataPrintsWhatQemuPrinted(@TempDir Path directory) throws IOException {
        Path image = image(directory);
        String strata = KernelBoot.strata(RAM_MIB, null, image).transcript();
        assertThat(strata).isEqualTo(KernelBoot.expected(FilesTest.class, EXPECTED));
    }

    @Test
    void qemuStillPrintsTheExpectation(@TempDir Path directory) throws IOException {
        Qemu.requireSystem();
        Path image = image(directory);
        String qemu = KernelBoot.qemu(RAM_MIB, null, image).transcript();
        if (KernelBoot.regenerating()) {
            KernelBoot.regenerate(FilesTest.class, EXPECTED, qemu);
        }
        assertThat(qemu).isEqualTo(KernelBoot.expected(FilesTest.class, EXPECTED));
    }

    /** /sbin/init (files.S), /etc/motd, /etc/deep/er, an empty directory and a file at the root; checked by e2fsck. */
    private static Path image(Path directory) throws IOException {
        E2fsprogs.require();
        Path tree = directory.resolve("tree");
        Files.createDirectories(tree.resolve("sbin"));
        Files.createDirectories(tree.resolve("etc"));
        Files.createDirectories(tree.resolve("empty"));
        Files.createDirectories(tree.resolve("etc/deep/er"));
        Files.writeString(tree.resolve("etc/motd"), "Welcome to Strata.\nA second line.\n");
        Files.writeString(tree.resolve("README"), "a file at the root\n");
        Path init = tree.resolve("sbin/init");
        Files.write(init, KernelBoot.userProgram("/strata/os/files/files.S"));
        Files.setPosixFilePermissions(init, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path image = directory.resolve("files.img");
        E2fsprogs.mke2fs(image, tree, "4M").assertSuccess();
        E2fsprogs.check(image).assertSuccess();
        return image;
    }
}
