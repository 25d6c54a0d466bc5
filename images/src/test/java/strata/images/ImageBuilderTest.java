package strata.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import strata.testkit.E2fsprogs;
import strata.testkit.Run;

/**
 * Images built from a host tree, judged by e2fsprogs: e2fsck finds them clean, the tree copied
 * back out by debugfs equals the source, and debugfs states each inode's mode, owner, size and
 * modification time as the source has them. With 1 KiB blocks the 50 MiB file needs double-indirect blocks; a file
 * past 64 MiB takes the triple-indirect one.
 */
class ImageBuilderTest {
    private static final long FIFTY_MIB = 50L << 20;

    /** The tree of every kind, made once: 5,000 files and 50 MiB take a while to write. */
    @TempDir
    static Path shared;
    private static Path tree;

    @TempDir
    Path temp;

    @BeforeAll
    static void makeTheTree() throws IOException {
        tree = Trees.everyKind(shared.resolve("tree"), FIFTY_MIB);
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 4096})
    void everyKindOfEntryPassesE2fsckAndReadsBack(int blockSize) throws IOException {
        E2fsprogs.require();
        Path image = temp.resolve("disk.img");
        Files.write(image, ImageBuilder.build(tree, null, blockSize, null));

        Run check = E2fsprogs.check(image);
        assertThat(check.status()).as(check.stdout()).isZero();
        Path copy = Files.createDirectories(temp.resolve("copy"));
        E2fsprogs.rdump(image, "/", copy).assertSuccess();
        Trees.assertSameTree(tree, copy);
        assertThat(E2fsprogs.cat(image, "/a/b/c/d/e/leaf.txt")).isEqualTo("deep\n".getBytes());
        assertThat(E2fsprogs.cat(image, "/many/entry-4999.py")).isEqualTo("x = 4999\n".getBytes());
        assertStatsAgree(tree, image);
    }

    private static void assertStatsAgree(Path tree, Path image) throws IOException {
        List<Path> paths;
        try (Stream<Path> all = Files.walk(tree)) {
            paths = all.toList();
        }
        List<Trees.Stat> stats = Trees.stats(image, paths.stream().map(p -> "/" + tree.relativize(p)).toList());
        for (int i = 0; i < paths.size(); i++) {
            Path path = paths.get(i);
            String inImage = "/" + tree.relativize(path);
            PosixFileAttributes source =
                    Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Trees.Stat stat = stats.get(i);
            int type = source.isDirectory() ? 0040000 : source.isSymbolicLink() ? 0120000 : 0100000;
            int permissions = source.isSymbolicLink() ? 0777 : ImageBuilder.permissionBits(source.permissions());
            assertThat(stat.mode()).as(inImage).isEqualTo(type | permissions);
            assertThat(stat.uid()).as(inImage).isZero();
            assertThat(stat.gid()).as(inImage).isZero();
            assertThat(stat.mtime()).as(inImage).isEqualTo(source.lastModifiedTime().toInstant().getEpochSecond());
            if (!source.isDirectory()) {
                long size = source.isSymbolicLink() ? Files.readSymbolicLink(path).toString().length() : source.size();
                assertThat(stat.size()).as(inImage).isEqualTo(size);
            }
        }
    }

    @Test
    void aFilePast64MiBUsesTheTripleIndirectBlock() throws IOException {
        E2fsprogs.require();
        Path tree = Files.createDirectories(temp.resolve("tree"));
        long size = (12 + 256 + 256 * 256) * 1024L + 5000;
        Files.write(tree.resolve("huge"), Trees.bytes(size, 3));
        Path image = temp.resolve("disk.img");
        Files.write(image, ImageBuilder.build(tree, null, 1024, Trees.TIME));

        assertThat(E2fsprogs.check(image).status()).isZero();
        assertThat(E2fsprogs.cat(image, "/huge")).isEqualTo(Files.readAllBytes(tree.resolve("huge")));
        assertThat(E2fsprogs.debugfs(image, "stat /huge").stdout()).contains("TIND");
    }

    @Test
    void theSameTreeGivesTheSameBytesWhereverItIs() throws IOException {
        Path one = Trees.small(temp.resolve("one"));
        Path two = Trees.small(temp.resolve("elsewhere/two"));
        byte[] first = ImageBuilder.build(one, null, 1024, Trees.TIME);
        byte[] again = ImageBuilder.build(one, null, 1024, Trees.TIME);
        byte[] moved = ImageBuilder.build(two, null, 1024, Trees.TIME);
        assertThat(again).isEqualTo(first);
        assertThat(moved).isEqualTo(first);
        assertThat(ImageBuilder.build(one, null, 1024, Trees.TIME + 1)).isNotEqualTo(first);
    }

    @Test
    void aFixedTimeStandsForEveryTime() throws IOException {
        E2fsprogs.require();
        Path image = temp.resolve("disk.img");
        Files.write(image, ImageBuilder.build(Trees.small(temp.resolve("small")), 8L << 20, 4096, Trees.TIME));
        assertThat(E2fsprogs.check(image).status()).isZero();
        String stat = E2fsprogs.debugfs(image, "stat /run.sh").stdout();
        assertThat(stat).contains("mtime: 0x" + Long.toHexString(Trees.TIME));
        String superblock = E2fsprogs.debugfs(image, "stats").stdout();
        assertThat(superblock).contains("Block count:              2048")
                .contains("Filesystem features:      filetype");
    }
}
