package strata.os.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.os.boot.KernelBoot;
import strata.testkit.Command;
import strata.testkit.E2fsprogs;
import strata.testkit.Qemu;
import strata.testkit.Run;

/**
 * The file system calls Linux programs expect, against Linux and e2fsprogs.
 *
 * <p>{@code filecalls.S} runs as /sbin/init on an image the machine really changes: orphans
 * (unlink and rename over open files), ftruncate64 and truncate64, fsync, fdatasync, sync, umask,
 * execve from the current directory, symbolic links made, read and followed. Its console must be QEMU's ({@code filecalls.out},
 * regenerated from {@code qemu-system-riscv32}); the same program under {@code qemu-riscv32} in a
 * host directory, where every call is Linux's, must print the same lines (but those tagged
 * {@code [ext2]}, values of the file system such as {@code stx_blocks}, and {@code [system]},
 * running a RISC-V program through execve, which qemu-riscv32 leaves to the host, and a link to
 * an absolute path, which is the host's there); the image
 * must pass {@code e2fsck -fn} with no orphan left, and debugfs must read the files back.
 *
 * <p>{@code orphan-left.S} powers the machine off while a child holds an unlinked file open
 * (inode 15: mke2fs gives 11 to lost+found, 12 to sbin, 13 to sbin/init; 14 is "second"):
 * {@code e2fsck -fn} then sees the orphan ("Deleted inode ... has zero dtime", as for Linux's
 * ext2), {@code e2fsck -p} clears it from the superblock's orphan list without calling it an
 * error, and the kernel's next mount frees it, after which the image is clean.
 */
class FileCallsTest {
    private static final int RAM_MIB = 128;
    private static final String EXPECTED = "filecalls.out";
    private static final String PROGRAM = "/strata/os/files/filecalls.S";
    private static final String ORPHAN_PROGRAM = "/strata/os/files/orphan-left.S";

    @Test
    void strataAnswersAsQemuAndLeavesACleanImage(@TempDir Path directory) throws IOException {
        Path image = image(directory, "strata.img", PROGRAM);
        assertThat(KernelBoot.strataWritingTo(RAM_MIB, image).transcript()).isEqualTo(KernelBoot.expected(FileCallsTest.class, EXPECTED));
        assertImage(image);
    }

    @Test
    void qemuAnswersTheSame(@TempDir Path directory) throws IOException {
        Qemu.requireSystem();
        Path image = image(directory, "qemu.img", PROGRAM);
        String qemu = KernelBoot.qemuWritingTo(RAM_MIB, image).transcript();
        if (KernelBoot.regenerating()) {
            KernelBoot.regenerate(FileCallsTest.class, EXPECTED, qemu);
        }
        assertThat(qemu).isEqualTo(KernelBoot.expected(FileCallsTest.class, EXPECTED));
        assertImage(image);
    }

    @Test
    void linuxAnswersTheSame(@TempDir Path directory) throws IOException {
        Qemu.requireUser();
        Path init = directory.resolve("sbin/init");
        Files.createDirectories(init.getParent());
        Files.write(init, KernelBoot.userProgram(PROGRAM));
        Files.setPosixFilePermissions(init, PosixFilePermissions.fromString("rwxr-xr-x"));
        Run run = Qemu.user(init).in(directory).run();
        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(untagged(run.stdout())).isEqualTo(untagged(programLines(KernelBoot.expected(FileCallsTest.class, EXPECTED))));
    }

    @Test
    void anOrphanLeftAtPowerOffIsFreedByTheNextMount(@TempDir Path directory) throws IOException {
        Path image = image(directory, "orphan.img", ORPHAN_PROGRAM);
        String first = KernelBoot.strataWritingTo(RAM_MIB, image).transcript();
        assertThat(first).contains("the child holds an unlinked file open\n".replace("\n", "\r\n"));
        Run left = E2fsprogs.check(image);
        assertThat(left.status()).as(left.stdout()).isEqualTo(4);
        assertThat(left.stdout()).contains("Deleted inode 15 has zero dtime");
        assertThat(E2fsprogs.debugfs(image, "stats").assertSuccess().stdout()).contains("First orphan inode:       15");

        Path preened = directory.resolve("preened.img");
        Files.copy(image, preened, StandardCopyOption.REPLACE_EXISTING);
        Run preen = Command.of(E2fsprogs.E2FSCK, "-fp", preened.toString()).run();
        assertThat(preen.status()).as(preen.stdout()).isZero();
        assertThat(preen.stdout()).contains("Clearing orphaned inode 15 (uid=0, gid=0, mode=0100644, size=3000)");
        E2fsprogs.check(preened).assertSuccess();

        String second = KernelBoot.strataWritingTo(RAM_MIB, image).transcript();
        assertThat(second).contains("second boot: left is gone\r\n");
        E2fsprogs.check(image).assertSuccess();
        assertThat(E2fsprogs.debugfs(image, "stats").assertSuccess().stdout()).doesNotContain("First orphan inode");
        String inode = E2fsprogs.debugfs(image, "stat <15>").assertSuccess().stdout();
        assertThat(inode).contains("Links: 0").doesNotContain("dtime: 0x00000000");
    }

    @Test
    void qemuLeavesAndFreesTheOrphanAlike(@TempDir Path directory) throws IOException {
        Qemu.requireSystem();
        Path image = image(directory, "qemu-orphan.img", ORPHAN_PROGRAM);
        Path strataImage = image(directory, "strata-orphan.img", ORPHAN_PROGRAM);
        assertThat(KernelBoot.qemuWritingTo(RAM_MIB, image).transcript()).isEqualTo(KernelBoot.strataWritingTo(RAM_MIB, strataImage).transcript());
        assertThat(E2fsprogs.check(image).stdout().replace(image.toString(), "IMAGE"))
                .isEqualTo(E2fsprogs.check(strataImage).stdout().replace(strataImage.toString(), "IMAGE"));
        assertThat(KernelBoot.qemuWritingTo(RAM_MIB, image).transcript()).isEqualTo(KernelBoot.strataWritingTo(RAM_MIB, strataImage).transcript());
        E2fsprogs.check(image).assertSuccess();
    }

    /** The program's own lines of a console capture, with the console's CR LF back to LF. */
    private static String programLines(String console) {
        int start = console.indexOf('\n', console.indexOf("disk: ext2 mounted")) + 1;
        int end = console.indexOf("kernel: init exited");
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        return console.substring(start, end).replace("\r\n", "\n");
    }

    /** The lines but the tagged ones, whose values are the file system's or need execve. */
    private static String untagged(String lines) {
        return lines.lines().filter(line -> !line.startsWith("[ext2] ") && !line.startsWith("[system] "))
                .map(line -> line + "\n").collect(Collectors.joining());
    }

    private static void assertImage(Path image) {
        E2fsprogs.check(image).assertSuccess();
        assertThat(E2fsprogs.debugfs(image, "stats").assertSuccess().stdout()).doesNotContain("First orphan inode");
        assertThat(cat(image, "/o")).isEmpty();
        assertThat(cat(image, "/p")).isEqualTo("qq\n");
        assertThat(cat(image, "/t")).isEqualTo("01\0");
        String root = E2fsprogs.debugfs(image, "ls -p /").assertSuccess().stdout();
        assertThat(root).doesNotContain("/q/", "/r1/", "/r2/", "/r3/");
        assertThat(E2fsprogs.debugfs(image, "stat /la").assertSuccess().stdout()).contains("Fast link dest: \"sbin/../t\"");
        String slow = E2fsprogs.debugfs(image, "stat /llong").assertSuccess().stdout();
        assertThat(slow).contains("Type: symlink", "Size: 100").doesNotContain("Fast link dest");
        assertThat(root).doesNotContain("/lt/").contains("/ls/", "/loop1/", "/dangling/");
        assertThat(E2fsprogs.debugfs(image, "stat /u").assertSuccess().stdout()).contains("Mode:  0640");
        assertThat(E2fsprogs.debugfs(image, "stat /ud").assertSuccess().stdout()).contains("Mode:  0750");
    }

    private static String cat(Path image, String path) {
        return new String(E2fsprogs.cat(image, path), StandardCharsets.ISO_8859_1);
    }

    /** The program as /sbin/init in an 8 MiB image with 1 KiB blocks, checked by e2fsck. */
    private static Path image(Path directory, String name, String program) throws IOException {
        E2fsprogs.require();
        Path tree = directory.resolve("tree-" + name);
        Files.createDirectories(tree.resolve("sbin"));
        Path init = tree.resolve("sbin/init");
        Files.write(init, KernelBoot.userProgram(program));
        Files.setPosixFilePermissions(init, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path image = directory.resolve(name);
        E2fsprogs.mke2fs(image, tree, "8M", "-N", "256").assertSuccess();
        E2fsprogs.check(image).assertSuccess();
        return image;
    }
}
