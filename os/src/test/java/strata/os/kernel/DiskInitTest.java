package strata.os.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import strata.os.boot.KernelBoot;
import strata.testkit.E2fsprogs;
import strata.testkit.Qemu;

/**
 * /sbin/init from the disk: without an initrd the kernel finds the virtio block device, mounts
 * its ext2 file system and runs /sbin/init from it, or says why it cannot. The images are made
 * by mke2fs from small trees (and checked by e2fsck); each case's console and status must be
 * what QEMU gave for the same kernel and image ({@code NAME.out}, rewritten from QEMU with
 * {@code -Dstrata.regenerate=true}).
 */
class DiskInitTest {
    private static final int RAM_MIB = 128;

    /**
     * A case: its name, the program that is /sbin/init, the mode of /sbin/init (null: no such
     * file), whether to make ext2 at all.
     */
    record Case(String name, String init, String initMode, boolean ext2) {
    }

    static List<Case> cases() {
        return List.of(
                new Case("disk-fork", "fork.S", "rwxr-xr-x", true),
                new Case("disk-execve", "execs.S", "rwxr-xr-x", true),
                new Case("disk-init-not-executable", "fork.S", "rw-r--r--", true),
                new Case("disk-without-init", "fork.S", null, true),
                new Case("disk-not-ext2", "fork.S", null, false));
    }

    @TestFactory
    Stream<DynamicTest> strataPrintsWhatQemuPrinted(@TempDir Path directory) {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path image = image(directory, c);
            String strata = KernelBoot.strata(RAM_MIB, null, image).transcript();
            assertThat(strata).isEqualTo(KernelBoot.expected(DiskInitTest.class, c.name() + ".out"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> qemuStillPrintsTheExpectation(@TempDir Path directory) {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Qemu.requireSystem();
            Path image = image(directory, c);
            String qemu = KernelBoot.qemu(RAM_MIB, null, image).transcript();
            if (KernelBoot.regenerating()) {
                KernelBoot.regenerate(DiskInitTest.class, c.name() + ".out", qemu);
            }
            assertThat(qemu).isEqualTo(KernelBoot.expected(DiskInitTest.class, c.name() + ".out"));
        }));
    }

    /**
     * The case's image: an ext2 file system with /sbin/init, /bin/args (args.S, and a copy without
     * execute bits) and /etc/motd, or 4 MiB of zeros.
     */
    private static Path image(Path directory, Case c) throws IOException {
        Path image = directory.resolve(c.name() + ".img");
        Files.deleteIfExists(image);
        if (!c.ext2()) {
            Files.write(image, new byte[4 << 20]);
            return image;
        }
        E2fsprogs.require();
        Path tree = directory.resolve(c.name());
        Files.createDirectories(tree.resolve("sbin"));
        Files.createDirectories(tree.resolve("bin"));
        Files.createDirectories(tree.resolve("etc"));
        Files.writeString(tree.resolve("etc/motd"), "a file beside init\n");
        Files.setPosixFilePermissions(tree.resolve("etc/motd"), PosixFilePermissions.fromString("rwxr-xr-x"));
        byte[] args = KernelBoot.userProgram("/strata/os/kernel/args.S");
        Files.write(tree.resolve("bin/args"), args);
        Files.setPosixFilePermissions(tree.resolve("bin/args"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.write(tree.resolve("bin/args-not-executable"), args);
        if (c.initMode() != null) {
            Path init = tree.resolve("sbin/init");
            Files.write(init, KernelBoot.userProgram("/strata/os/kernel/" + c.init()));
            Files.setPosixFilePermissions(init, PosixFilePermissions.fromString(c.initMode()));
        }
        E2fsprogs.mke2fs(image, tree, "4M").assertSuccess();
        E2fsprogs.check(image).assertSuccess();
        return image;
    }
}
