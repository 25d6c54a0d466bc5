package strata.images.ext2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The geometry and the formatter without e2fsprogs: group layout and counts, root and
 * lost+found as mke2fs makes them, the block map's levels, and the allocators' accounting as
 * files come and go.
 */
class FormatterTest {
    private static final long TIME = 1_767_225_600L;
    private static final Attributes FILE = new Attributes(0644, 0, 0, TIME);

    @Test
    void geometryOfOneAndManyGroups() {
        Geometry one = Geometry.plan(1 << 20, 1024, 256);
        assertThat(one.groupCount()).isEqualTo(1);
        assertThat(one.blocksCount()).isEqualTo(1024);
        assertThat(one.inodesPerGroup()).isEqualTo(256);
        assertThat(one.overhead()).isEqualTo(1 + 1 + 2 + 32);

        Geometry many = Geometry.plan(64L << 20, 1024, 16384);
        assertThat(many.groupCount()).isEqualTo(8);
        assertThat(many.inodesPerGroup()).isEqualTo(2048);
        assertThat(many.groupStart(1)).isEqualTo(8193);
    }

    @Test
    void aLastGroupTooSmallIsDropped() {
        Geometry g = Geometry.plan((8192 + 1 + 40) * 1024L, 1024, 64);
        assertThat(g.groupCount()).isEqualTo(1);
        assertThat(g.blocksCount()).isEqualTo(8193);
    }

    @Test
    void tooSmallOrTooLargeIsRefused() {
        assertThatThrownBy(() -> Geometry.plan(40 * 1024, 1024, 64)).hasMessageStartingWith("40960 bytes is too small");
        assertThatThrownBy(() -> Geometry.plan(3L << 30, 1024, 64)).hasMessageContaining("larger than Strata handles");
        assertThatThrownBy(() -> Geometry.plan(1 << 20, 2048, 64))
                .hasMessage("the block size must be 1024 or 4096, not 2048");
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 4096})
    void aNewFileSystemHoldsRootAndLostAndFound(int blockSize) {
        Volume volume = Formatter.format(Geometry.plan(4L << 20, blockSize, 512), TIME, 0755);
        FileSystem fs = new FileSystem(volume);
        Inode root = fs.inode(Inode.ROOT);
        assertThat(root.type()).isEqualTo(FileType.DIRECTORY);
        assertThat(root.links()).isEqualTo(3);
        assertThat(fs.resolve("/lost+found")).isEqualTo(Inode.LOST_AND_FOUND);
        Inode lostAndFound = fs.inode(Inode.LOST_AND_FOUND);
        assertThat(lostAndFound.permissions()).isEqualTo(0700);
        assertThat(lostAndFound.size()).isEqualTo(blockSize == 1024 ? 12 * 1024 : 16 * 1024);
        assertThat(volume.superblock().freeInodes()).isEqualTo(volume.superblock().inodesCount() - 11);
        long used = 1 + (blockSize == 1024 ? 12 : 4);
        Geometry g = Geometry.plan(4L << 20, blockSize, 512);
        assertThat(volume.superblock().freeBlocks()).isEqualTo(g.dataBlocks() - used);
        assertThat(volume.group(0).usedDirs()).isEqualTo(2);
    }

    @Test
    void filesGiveBackEveryBlockAndInodeTheyTook() throws IOException {
        Volume volume = Formatter.format(Geometry.plan(8L << 20, 1024, 512), TIME, 0755);
        FileSystem fs = new FileSystem(volume);
        long freeBlocks = volume.freeBlocks();
        long freeInodes = volume.freeInodes();
        byte[] content = new byte[(12 + 256 + 300) * 1024 + 5];
        Arrays.fill(content, (byte) 0x5a);
        long number = fs.writeFile("/f", new ByteArrayInputStream(content), FILE, TIME);
        long dataBlocks = 12 + 256 + 300 + 1;
        long indirect = 1 + 1 + 2;
        assertThat(freeBlocks - volume.freeBlocks()).isEqualTo(dataBlocks + indirect);
        assertThat(fs.inode(number).sectors()).isEqualTo((dataBlocks + indirect) * 2);
        assertThat(fs.inode(number).pointer(Inode.DOUBLE)).isNotZero();
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        fs.read(number, "/f", back);
        assertThat(back.toByteArray()).isEqualTo(content);

        fs.mkdir("/d", FILE, TIME);
        fs.symlink("/d/slow", "x".repeat(100), FILE, TIME);
        fs.symlink("/d/fast", "short", FILE, TIME);
        assertThat(fs.readLink(fs.lookup("/d/fast", false))).isEqualTo("short");
        assertThat(fs.readLink(fs.lookup("/d/slow", false))).isEqualTo("x".repeat(100));
        fs.remove("/d/slow", TIME);
        fs.remove("/d/fast", TIME);
        fs.remove("/d", TIME);
        fs.remove("/f", TIME);
        assertThat(volume.freeBlocks()).isEqualTo(freeBlocks);
        assertThat(volume.freeInodes()).isEqualTo(freeInodes);
        assertThat(fs.inode(Inode.ROOT).links()).isEqualTo(3);
    }

    @Test
    void replacingAFileKeepsItsInode() throws IOException {
        FileSystem fs = new FileSystem(Formatter.format(Geometry.plan(2L << 20, 1024, 256), TIME, 0755));
        long first = fs.writeFile("/f", new ByteArrayInputStream(new byte[100_000]), FILE, TIME);
        long free = fs.volume().freeBlocks();
        long again = fs.writeFile("/f", new ByteArrayInputStream("short".getBytes()), FILE, TIME);
        assertThat(again).isEqualTo(first);
        assertThat(fs.volume().freeBlocks()).isEqualTo(free + 98 + 1 - 1);
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        fs.read(again, "/f", back);
        assertThat(back.toString()).isEqualTo("short");
    }

    @Test
    void symlinkLoopsEnd() {
        FileSystem fs = new FileSystem(Formatter.format(Geometry.plan(1 << 20, 1024, 256), TIME, 0755));
        fs.symlink("/a", "b", FILE, TIME);
        fs.symlink("/b", "/a", FILE, TIME);
        assertThatThrownBy(() -> fs.resolve("/a")).hasMessage("/a: too many levels of symbolic links");
        assertThat(fs.lookup("/a", false)).isEqualTo(12);
    }

    @Test
    void namesAreCheckedBeforeAnythingChanges() {
        FileSystem fs = new FileSystem(Formatter.format(Geometry.plan(1 << 20, 1024, 256), TIME, 0755));
        long free = fs.volume().freeInodes();
        assertThatThrownBy(() -> fs.mkdir("/a\0b", FILE, TIME))
                .hasMessage("/a\0b: a file name cannot hold a NUL character");
        assertThatThrownBy(() -> fs.mkdir("/" + "é".repeat(128), FILE, TIME))
                .hasMessageEndingWith(": file name too long (256 bytes; ext2 allows 255)");
        assertThatThrownBy(() -> fs.mkdir("/..", FILE, TIME)).hasMessage("/..: cannot name an entry \"..\"");
        assertThat(fs.volume().freeInodes()).isEqualTo(free);
        fs.mkdir("/" + "é".repeat(127) + "x", FILE, TIME);
        assertThat(fs.list(Inode.ROOT, "/")).extracting(FileSystem.Entry::name).contains("é".repeat(127) + "x");
    }

    @Test
    void aFullDiskSaysSo() {
        FileSystem fs = new FileSystem(Formatter.format(Geometry.plan(1 << 20, 1024, 256), TIME, 0755));
        assertThatThrownBy(() -> fs.writeFile("/big", new ByteArrayInputStream(new byte[2 << 20]), FILE, TIME))
                .isInstanceOf(Ext2Exception.class).hasMessage("the file system is full: no free block");
    }
}
