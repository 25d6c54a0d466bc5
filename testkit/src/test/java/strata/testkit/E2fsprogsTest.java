package strata.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * e2fsprogs on an image mke2fs makes from a small tree: e2fsck finds it clean, debugfs reads a
 * file back byte for byte, states its inodes (one request or many in one run) and copies a
 * directory out, and a damaged superblock fails the check.
 */
class E2fsprogsTest {
    @TempDir
    Path directory;

    @Test
    void makesChecksAndReadsAnImage() throws IOException {
        E2fsprogs.require();
        Path tree = Files.createDirectories(directory.resolve("tree/etc"));
        byte[] motd = {'h', 'i', '\n', (byte) 0xff, 0};
        Files.write(tree.resolve("motd"), motd);
        Path image = directory.resolve("disk.img");

        E2fsprogs.mke2fs(image, directory.resolve("tree"), "1M").assertSuccess();

        assertThat(E2fsprogs.check(image).status()).isZero();
        assertThat(E2fsprogs.cat(image, "/etc/motd")).isEqualTo(motd);
        assertThat(E2fsprogs.debugfs(image, "stat /etc/motd").assertSuccess().stdout()).contains("Size: 5");
        List<String> answers = E2fsprogs.debugfs(image, List.of("stat /etc/motd", "stat /etc"));
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0)).startsWith("stat /etc/motd\n").contains("Type: regular").contains("Size: 5");
        assertThat(answers.get(1)).startsWith("stat /etc\n").contains("Type: directory");
        Path copy = Files.createDirectories(directory.resolve("copy"));
        E2fsprogs.rdump(image, "/etc", copy).assertSuccess();
        assertThat(Files.readAllBytes(copy.resolve("etc/motd"))).isEqualTo(motd);
    }

    @Test
    void aDamagedImageFailsTheCheck() throws IOException {
        E2fsprogs.require();
        Path image = directory.resolve("disk.img");
        E2fsprogs.mke2fs(image, Files.createDirectories(directory.resolve("tree")), "1M").assertSuccess();
        byte[] bytes = Files.readAllBytes(image);
        bytes[1024 + 0x38] = 0;
        Files.write(image, bytes);

        assertThat(E2fsprogs.check(image).status()).isNotZero();
        assertThat(E2fsprogs.check(image).stderr(StandardCharsets.ISO_8859_1)).contains("Bad magic number");
    }
}
