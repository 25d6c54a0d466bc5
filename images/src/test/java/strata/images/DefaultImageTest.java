package strata.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.images.ext2.FileSystem;
import strata.images.ext2.Volume;
import strata.testkit.E2fsprogs;

/**
 * The default image from {@code images/rootfs/}: the same bytes every time, clean for e2fsck,
 * holding the directories of docs/disk.md with the modes git cannot keep, and no {@code .keep}.
 */
class DefaultImageTest {
    private static final Path ROOTFS = Path.of(System.getProperty("strata.root", ".."), "images/rootfs");
    private static final long TIME = 1_767_225_600L;

    @TempDir
    Path temp;

    @Test
    void theSameRootfsGivesTheSameBytes() {
        assertThat(DefaultImage.build(ROOTFS, TIME)).isEqualTo(DefaultImage.build(ROOTFS, TIME));
    }

    @Test
    void holdsTheTreeWithGitsModes() throws IOException {
        FileSystem fs = new FileSystem(Volume.open(DefaultImage.build(ROOTFS, TIME)));
        assertThat(fs.list(fs.resolve("/"), "/")).extracting(FileSystem.Entry::name)
                .contains("bin", "boot", "etc", "home", "lib", "lost+found", "tmp");
        assertThat(fs.list(fs.resolve("/bin"), "/bin")).isEmpty();
        assertThat(fs.list(fs.resolve("/lib"), "/lib")).extracting(FileSystem.Entry::name).containsExactly("python");
        assertThat(fs.inode(fs.resolve("/tmp")).permissions()).isEqualTo(01777);
        assertThat(fs.inode(fs.resolve("/etc")).permissions()).isEqualTo(0755);
        assertThat(fs.inode(fs.resolve("/etc/motd")).permissions()).isEqualTo(0644);
        ByteArrayOutputStream motd = new ByteArrayOutputStream();
        fs.read(fs.resolve("/etc/motd"), "/etc/motd", motd);
        assertThat(motd.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(ROOTFS.resolve("etc/motd")));
    }

    @Test
    void passesE2fsck() throws IOException {
        E2fsprogs.require();
        Path image = temp.resolve("strata.img");
        DefaultImage.main(new String[] {ROOTFS.toString(), image.toString(), Long.toString(TIME)});
        assertThat(E2fsprogs.check(image).status()).isZero();
    }
}
