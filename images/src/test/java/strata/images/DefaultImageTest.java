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
        assertThat(DefaultImage.build(ROOTFS, temp, TIME)).isEqualTo(DefaultImage.build(ROOTFS, temp, TIME));
    }

    @Test
    void holdsTheTreeWithGitsModes() throws IOException {
        FileSystem fs = new FileSystem(Volume.open(DefaultImage.build(ROOTFS, temp, TIME)));
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
    void packsTheKernelAndTheProgramsOsBuilt() throws IOException {
        Path os = temp.resolve("os-target");
        Files.createDirectories(os.resolve("rootfs/bin"));
        Files.createDirectories(os.resolve("rootfs/sbin"));
        Files.write(os.resolve("kernel.elf"), new byte[] {0x7f, 'E', 'L', 'F'});
        Files.writeString(os.resolve("rootfs/bin/echo"), "echo");
        Files.writeString(os.resolve("rootfs/sbin/init"), "init");
        Files.createDirectories(os.resolve("rootfs/test"));
        Files.writeString(os.resolve("rootfs/test/segv"), "segv");
        FileSystem fs = new FileSystem(Volume.open(DefaultImage.build(ROOTFS, os, TIME)));
        assertThat(fs.inode(fs.resolve(DefaultImage.KERNEL)).size()).isEqualTo(4);
        assertThat(fs.inode(fs.resolve("/bin/echo")).permissions()).isEqualTo(0755);
        assertThat(fs.inode(fs.resolve("/sbin")).permissions()).isEqualTo(0755);
        assertThat(fs.inode(fs.resolve("/test/segv")).permissions()).isEqualTo(0755);
        ByteArrayOutputStream init = new ByteArrayOutputStream();
        fs.read(fs.resolve("/sbin/init"), "/sbin/init", init);
        assertThat(init.toString(StandardCharsets.UTF_8)).isEqualTo("init");
        assertThat(fs.volume().data().length).isEqualTo(DefaultImage.SIZE);
    }

    @Test
    void passesE2fsck() throws IOException {
        E2fsprogs.require();
        Path image = temp.resolve("strata.img");
        DefaultImage.main(new String[] {ROOTFS.toString(), temp.toString(), image.toString(), Long.toString(TIME)});
        assertThat(E2fsprogs.check(image).status()).isZero();
    }
}
