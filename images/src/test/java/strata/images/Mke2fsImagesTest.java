package strata.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import strata.images.ext2.Attributes;
import strata.images.ext2.FileSystem;
import strata.images.ext2.FileType;
import strata.images.ext2.Inode;
import strata.testkit.Command;
import strata.testkit.E2fsprogs;
import strata.testkit.Run;

/**
 * Images that {@code mke2fs -t ext2 -d} makes, with its defaults (sparse superblocks, large_file,
 * dir_index, ext_attr, resize_inode, 256-byte inodes) at 1 KiB and 4 KiB blocks and at the block
 * size it picks itself, with 2 KiB blocks, and as revision 0 (no features, 16-bit name lengths):
 * Strata lists and reads every entry as the source tree has it, holes of a sparse file included,
 * and also after e2fsck has indexed the large directory (dir_index, read linearly). Changes
 * Strata makes to such an image keep e2fsck content.
 */
class Mke2fsImagesTest {
    @TempDir
    static Path shared;
    private static Path tree;

    @TempDir
    Path temp;

    @BeforeAll
    static void makeTheTree() throws IOException {
        // mke2fs -d takes its time over many files: a thousand are enough for a hashed directory.
        tree = Trees.everyKind(shared.resolve("tree"), 0, 1000);
        try (RandomAccessFile sparse = new RandomAccessFile(tree.resolve("sparse").toFile(), "rw")) {
            sparse.write(Trees.bytes(5000, 1));
            sparse.seek(70L << 20);
            sparse.write(Trees.bytes(3000, 2));
        }
    }

    private Path mke2fs(String... options) {
        E2fsprogs.require();
        Path image = temp.resolve("mke2fs.img");
        E2fsprogs.mke2fs(image, tree, "32M", options).assertSuccess();
        return image;
    }

    @ParameterizedTest
    @ValueSource(strings = {"-b 1024", "-b 4096", "", "-b 2048", "-r 0"})
    void everyEntryReadsAsTheSourceHasIt(String options) throws IOException {
        Path image = mke2fs(options.isEmpty() ? new String[0] : options.split(" "));
        assertReadsLikeTheTree(ImageFile.open(image));
    }

    @Test
    void hashedDirectoriesAreReadLinearly() throws IOException {
        Path image = mke2fs("-b", "1024");
        Run index = Command.of(E2fsprogs.E2FSCK, "-fyD", image.toString()).run();
        assertThat(index.status()).as(index.stdout()).isLessThanOrEqualTo(1);
        FileSystem fs = ImageFile.open(image);
        long many = fs.resolve("/many");
        assertThat(fs.inode(many).flags() & Inode.INDEX_FLAG).as("e2fsck -D indexed /many").isNotZero();
        assertReadsLikeTheTree(fs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-b 4096", "-r 0"})
    void changesToAnMke2fsImageKeepE2fsckContent(String options) throws IOException {
        Path image = mke2fs(options.split(" "));
        Command.of(E2fsprogs.E2FSCK, "-fyD", image.toString()).run();
        ImageFile.update(image, Trees.TIME, fs -> {
            Attributes attributes = new Attributes(0644, 0, 0, Trees.TIME);
            fs.writeFile("/many/new.py", new ByteArrayInputStream("y = 1\n".getBytes()), attributes, Trees.TIME);
            fs.remove("/many/entry-17.py", Trees.TIME);
            fs.remove("/a/b/c/d/e/leaf.txt", Trees.TIME);
            fs.remove("/a/b/c/d/e", Trees.TIME);
            fs.mkdir("/made", new Attributes(0755, 0, 0, Trees.TIME), Trees.TIME);
            fs.writeFile("/made/big", new ByteArrayInputStream(Trees.bytes(3_000_000, 4)), attributes, Trees.TIME);
            fs.remove("/sizes/s12289", Trees.TIME);
            return null;
        });
        Run check = E2fsprogs.check(image);
        assertThat(check.status()).as(check.stdout()).isZero();
        assertThat(E2fsprogs.cat(image, "/made/big")).isEqualTo(Trees.bytes(3_000_000, 4));
        assertThat(E2fsprogs.cat(image, "/many/new.py")).isEqualTo("y = 1\n".getBytes());
    }

    @Test
    void removingAFileGivesBackItsAttributeBlock() throws IOException {
        E2fsprogs.require();
        Path small = Files.createDirectories(temp.resolve("small"));
        Path one = Files.writeString(small.resolve("one"), "1\n");
        Path two = Files.writeString(small.resolve("two"), "2\n");
        UserDefinedFileAttributeView view = Files.getFileAttributeView(one, UserDefinedFileAttributeView.class);
        try {
            for (Path file : List.of(one, two)) {
                Files.getFileAttributeView(file, UserDefinedFileAttributeView.class)
                        .write("strata", ByteBuffer.wrap(new byte[500]));
            }
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("this file system keeps no user attributes: " + e.getMessage());
        }
        assertThat(view.list()).contains("strata");
        Path image = temp.resolve("attributes.img");
        E2fsprogs.mke2fs(image, small, "2M", "-b", "1024").assertSuccess();
        assertThat(E2fsprogs.debugfs(image, "stat /one").stdout()).contains("user.strata (500)")
                .doesNotContain("File ACL: 0");

        ImageFile.update(image, Trees.TIME, fs -> {
            fs.remove("/one", Trees.TIME);
            return null;
        });
        assertThat(E2fsprogs.check(image).status()).as("the block shared with /two keeps one reference").isZero();
        ImageFile.update(image, Trees.TIME, fs -> {
            fs.remove("/two", Trees.TIME);
            return null;
        });
        Run check = E2fsprogs.check(image);
        assertThat(check.status()).as(check.stdout()).isZero();
    }

    private static void assertReadsLikeTheTree(FileSystem fs) throws IOException {
        List<Path> paths;
        try (Stream<Path> all = Files.walk(tree)) {
            paths = all.toList();
        }
        for (Path path : paths) {
            String inImage = "/" + tree.relativize(path);
            long number = fs.lookup(inImage, false);
            Inode inode = fs.inode(number);
            if (Files.isSymbolicLink(path)) {
                assertThat(inode.type()).as(inImage).isEqualTo(FileType.SYMLINK);
                assertThat(fs.readLink(number)).as(inImage).isEqualTo(Files.readSymbolicLink(path).toString());
            } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                assertThat(inode.type()).as(inImage).isEqualTo(FileType.DIRECTORY);
                List<String> names = fs.list(number, inImage).stream().map(FileSystem.Entry::name)
                        .filter(name -> !name.equals("lost+found")).sorted().toList();
                try (Stream<Path> children = Files.list(path)) {
                    assertThat(names).as(inImage)
                            .isEqualTo(children.map(child -> child.getFileName().toString()).sorted().toList());
                }
            } else {
                assertThat(inode.type()).as(inImage).isEqualTo(FileType.REGULAR);
                assertThat(inode.permissions()).as(inImage)
                        .isEqualTo(ImageBuilder.permissionBits(Files.getPosixFilePermissions(path)));
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                fs.read(number, inImage, content);
                assertThat(content.toByteArray()).as(inImage).isEqualTo(Files.readAllBytes(path));
            }
        }
    }
}
