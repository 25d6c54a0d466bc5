package strata.os.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.cpu.dev.virtio.WriteThroughDisk;
import strata.os.boot.KernelBoot;
import strata.testkit.E2fsprogs;
import strata.testkit.Qemu;

/**
 * Writing files through the system calls: {@code writes.S} runs as /sbin/init and creates,
 * writes, appends, truncates, renames, unlinks, makes and removes directories and writes a
 * thousand files in ten directories, on an image the machine really changes (Strata: a
 * {@link WriteThroughDisk}; QEMU: the drive without -snapshot), each a copy of one image. The
 * console must be what QEMU printed ({@code writes.out}, the values read against Linux's
 * open(2), write(2), mkdir(2), unlink(2), rename(2)); each image must pass {@code e2fsck -fn};
 * debugfs must read every file back as written; and the two images' trees must be equal.
 */
class WritesTest {
    private static final int RAM_MIB = 128;
    private static final String EXPECTED = "writes.out";

    @Test
    void strataWritesAnImageE2fsckAccepts(@TempDir Path directory) throws IOException {
        Path image = image(directory, "strata.img");
        String console = KernelBoot.strataWritingTo(RAM_MIB, image).transcript();
        assertThat(console).isEqualTo(KernelBoot.expected(WritesTest.class, EXPECTED));
        assertWrittenAsExpected(image);
    }

    @Test
    void qemuWritesTheSameImage(@TempDir Path directory) throws IOException {
        Qemu.requireSystem();
        Path qemuImage = image(directory, "qemu.img");
        String qemu = KernelBoot.qemuWritingTo(RAM_MIB, qemuImage).transcript();
        if (KernelBoot.regenerating()) {
            KernelBoot.regenerate(WritesTest.class, EXPECTED, qemu);
        }
        assertThat(qemu).isEqualTo(KernelBoot.expected(WritesTest.class, EXPECTED));
        assertWrittenAsExpected(qemuImage);
        Path strataImage = image(directory, "strata.img");
        KernelBoot.strataWritingTo(RAM_MIB, strataImage).transcript();
        assertThat(tree(strataImage, directory.resolve("strata-tree")))
                .isEqualTo(tree(qemuImage, directory.resolve("qemu-tree")));
    }

    private static void assertWrittenAsExpected(Path image) {
        E2fsprogs.check(image).assertSuccess();
        assertThat(cat(image, "/c")).as("b, truncated, renamed over c").isEqualTo("short\n");
        for (int d = 0; d < 10; d++) {
            for (int n = 0; n < 100; n++) {
                String path = String.format("m/d%d/%02d", d, n);
                assertThat(cat(image, "/" + path)).as(path).isEqualTo(path + "\n");
            }
        }
        String root = E2fsprogs.debugfs(image, "ls -p /").assertSuccess().stdout();
        assertThat(root).contains("/c/", "/d/", "/m/").doesNotContain("/a/").doesNotContain("/b/").doesNotContain("/gone/");
        String d = E2fsprogs.debugfs(image, "ls -p /d").assertSuccess().stdout();
        assertThat(d).doesNotContain("/e/");
    }

    private static String cat(Path image, String path) {
        return new String(E2fsprogs.cat(image, path), StandardCharsets.ISO_8859_1);
    }

    /** Every file and directory below the root (lost+found aside): its contents, or "directory". */
    private static Map<String, String> tree(Path image, Path into) throws IOException {
        Files.createDirectories(into);
        E2fsprogs.rdump(image, "/", into).assertSuccess();
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(into)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String name = into.relativize(path).toString();
                tree.put(name, Files.isDirectory(path) ? "directory"
                        : new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
            }
        }
        return tree;
    }

    /** /sbin/init (writes.S) in an 8 MiB image with 2048 inodes, checked by e2fsck. */
    private static Path image(Path directory, String name) throws IOException {
        E2fsprogs.require();
        Path tree = directory.resolve("tree-" + name);
        Files.createDirectories(tree.resolve("sbin"));
        Path init = tree.resolve("sbin/init");
        Files.write(init, KernelBoot.userProgram("/strata/os/files/writes.S"));
        Files.setPosixFilePermissions(init, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path image = directory.resolve(name);
        E2fsprogs.mke2fs(image, tree, "8M", "-N", "2048").assertSuccess();
        E2fsprogs.check(image).assertSuccess();
        return image;
    }
}
