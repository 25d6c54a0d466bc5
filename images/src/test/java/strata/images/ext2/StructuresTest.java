package strata.images.ext2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The on-disk structures, each decoded from bytes laid out by hand at the offsets of the ext2
 * specification and encoded back: superblock, group descriptor, inode and directory entries.
 */
class StructuresTest {

    private static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void superblockFieldsAtTheirOffsets() {
        byte[] image = new byte[4096];
        ByteBuffer b = le(image);
        int s = Superblock.OFFSET;
        b.putInt(s, 256).putInt(s + 4, 8192).putInt(s + 12, 7000).putInt(s + 16, 240).putInt(s + 20, 1)
                .putInt(s + 24, 0).putInt(s + 32, 8192).putInt(s + 40, 256).putInt(s + 48, 1234)
                .putShort(s + 56, (short) 0xef53).putShort(s + 58, (short) 1).putInt(s + 76, 1).putInt(s + 84, 11)
                .putShort(s + 88, (short) 256).putInt(s + 92, 0x38).putInt(s + 96, 2).putInt(s + 100, 3)
                .putShort(s + 206, (short) 31).putInt(s + 264, 99);
        image[s + 104] = 0x5a;

        Superblock sb = Superblock.decode(image, s);

        assertThat(sb.inodesCount()).isEqualTo(256);
        assertThat(sb.blocksCount()).isEqualTo(8192);
        assertThat(sb.freeBlocks()).isEqualTo(7000);
        assertThat(sb.freeInodes()).isEqualTo(240);
        assertThat(sb.firstDataBlock()).isEqualTo(1);
        assertThat(sb.blockSize()).isEqualTo(1024);
        assertThat(sb.blocksPerGroup()).isEqualTo(8192);
        assertThat(sb.inodesPerGroup()).isEqualTo(256);
        assertThat(sb.writeTime()).isEqualTo(1234);
        assertThat(sb.magic()).isEqualTo(Superblock.MAGIC);
        assertThat(sb.firstInode()).isEqualTo(11);
        assertThat(sb.inodeSize()).isEqualTo(256);
        assertThat(sb.has(Feature.DIR_INDEX)).isTrue();
        assertThat(sb.has(Feature.RESIZE_INODE)).isTrue();
        assertThat(sb.has(Feature.HAS_JOURNAL)).isFalse();
        assertThat(sb.has(Feature.FILETYPE)).isTrue();
        assertThat(sb.has(Feature.SPARSE_SUPER)).isTrue();
        assertThat(sb.has(Feature.LARGE_FILE)).isTrue();
        assertThat(sb.reservedGdtBlocks()).isEqualTo(31);
        assertThat(sb.mkfsTime()).isEqualTo(99);
        assertThat(sb.uuid()[0]).isEqualTo((byte) 0x5a);

        byte[] copy = new byte[4096];
        sb.withFree(10, 20).encodeInto(copy, s, 3);
        Superblock again = Superblock.decode(copy, s);
        assertThat(again.freeBlocks()).isEqualTo(10);
        assertThat(again.freeInodes()).isEqualTo(20);
        assertThat(again.withFree(7000, 240)).usingRecursiveComparison().isEqualTo(sb);
        assertThat(le(copy).getShort(s + 90)).as("block_group_nr of the copy").isEqualTo((short) 3);
    }

    @Test
    void revisionZeroHasFixedInodeSizeAndFirstInode() {
        byte[] image = new byte[2048];
        le(image).putInt(Superblock.OFFSET + 84, 99).putShort(Superblock.OFFSET + 88, (short) 512)
                .putInt(Superblock.OFFSET + 96, 2);
        Superblock sb = Superblock.decode(image, Superblock.OFFSET);
        assertThat(sb.inodeSize()).isEqualTo(128);
        assertThat(sb.firstInode()).isEqualTo(11);
        assertThat(sb.incompat()).isZero();
    }

    @Test
    void encodingKeepsTheFieldsItDoesNotKnow() {
        byte[] image = new byte[2048];
        image[Superblock.OFFSET + 120] = 'v';
        image[Superblock.OFFSET + 500] = 0x77;
        Superblock sb = Superblock.decode(image, Superblock.OFFSET);
        sb.withFree(1, 2).encodeInto(image, Superblock.OFFSET, 0);
        assertThat(image[Superblock.OFFSET + 120]).isEqualTo((byte) 'v');
        assertThat(image[Superblock.OFFSET + 500]).isEqualTo((byte) 0x77);
    }

    @Test
    void groupDescriptor() {
        byte[] table = new byte[64];
        le(table).putInt(32, 3).putInt(36, 4).putInt(40, 5).putShort(44, (short) 60000).putShort(46, (short) 17)
                .putShort(48, (short) 2).putShort(50, (short) 0x4);
        GroupDescriptor gd = GroupDescriptor.decode(table, 32);
        assertThat(gd).isEqualTo(new GroupDescriptor(3, 4, 5, 60000, 17, 2));
        gd.withCounts(1, 2, 3).encodeInto(table, 32);
        assertThat(GroupDescriptor.decode(table, 32)).isEqualTo(new GroupDescriptor(3, 4, 5, 1, 2, 3));
        assertThat(le(table).getShort(50)).as("flags are kept").isEqualTo((short) 4);
    }

    @Test
    void inodeFieldsAtTheirOffsets() {
        byte[] slot = new byte[256];
        ByteBuffer b = le(slot);
        b.putShort(0, (short) 0x81a4).putShort(2, (short) 1000).putInt(4, 5).putInt(8, 10).putInt(12, 11)
                .putInt(16, 12).putShort(24, (short) 100).putShort(26, (short) 1).putInt(28, 2).putInt(32, 0x1000)
                .putInt(40, 77).putInt(96, 99).putInt(108, 1).putShort(120, (short) 2).putShort(122, (short) 3);
        Inode inode = Inode.decode(slot, 0);
        assertThat(inode.type()).isEqualTo(FileType.REGULAR);
        assertThat(inode.permissions()).isEqualTo(0644);
        assertThat(inode.uid()).isEqualTo(0x2_03e8);
        assertThat(inode.gid()).isEqualTo(0x3_0064);
        assertThat(inode.size()).isEqualTo((1L << 32) + 5);
        assertThat(inode.atime()).isEqualTo(10);
        assertThat(inode.ctime()).isEqualTo(11);
        assertThat(inode.mtime()).isEqualTo(12);
        assertThat(inode.links()).isEqualTo(1);
        assertThat(inode.sectors()).isEqualTo(2);
        assertThat(inode.flags()).isEqualTo(Inode.INDEX_FLAG);
        assertThat(inode.pointer(0)).isEqualTo(77);
        assertThat(inode.pointer(Inode.TRIPLE)).isEqualTo(99);

        byte[] again = new byte[256];
        again[200] = 42;
        inode.encodeInto(again, 0);
        assertThat(again).isEqualTo(withByte(slot, 200, 42));
    }

    private static byte[] withByte(byte[] bytes, int at, int value) {
        byte[] copy = bytes.clone();
        copy[at] = (byte) value;
        return copy;
    }

    @Test
    void fileTypesAgreeWithModeAndDirectoryCodes() {
        assertThat(FileType.ofMode(0040755)).isEqualTo(FileType.DIRECTORY);
        assertThat(FileType.ofMode(0120777)).isEqualTo(FileType.SYMLINK);
        assertThat(FileType.ofMode(0)).isNull();
        assertThat(FileType.DIRECTORY.direntCode()).isEqualTo(2);
        assertThat(FileType.SYMLINK.direntCode()).isEqualTo(7);
        assertThat(FileType.REGULAR.direntCode()).isEqualTo(1);
    }

    @Test
    void directoryEntriesOfABlock() {
        byte[] block = new byte[1024];
        new DirEntry(0, 2, 12, 2, ".".getBytes(StandardCharsets.UTF_8)).encodeInto(block, 0, true);
        new DirEntry(12, 2, 12, 2, "..".getBytes(StandardCharsets.UTF_8)).encodeInto(block, 0, true);
        new DirEntry(24, 13, 1000, 1, "hello.py".getBytes(StandardCharsets.UTF_8)).encodeInto(block, 0, true);

        List<DirEntry> entries = DirEntry.parseBlock(block, 0, 1024, true, "test");

        assertThat(entries).extracting(DirEntry::nameText).containsExactly(".", "..", "hello.py");
        assertThat(entries.get(2).inode()).isEqualTo(13);
        assertThat(entries.get(2).fileType()).isEqualTo(1);
        assertThat(entries.get(2).recordLength()).isEqualTo(1000);
        assertThat(entries.get(2).needed()).isEqualTo(16);
        assertThat(le(block).getShort(24 + 4)).isEqualTo((short) 1000);
        assertThat(block[24 + 6]).isEqualTo((byte) 8);
        assertThat(block[24 + 7]).isEqualTo((byte) 1);
    }

    @Test
    void withoutTheFiletypeFeatureTheNameLengthHas16Bits() {
        byte[] block = new byte[1024];
        new DirEntry(0, 5, 1024, 0, "x".getBytes(StandardCharsets.UTF_8)).encodeInto(block, 0, false);
        assertThat(le(block).getShort(6)).isEqualTo((short) 1);
        assertThat(DirEntry.parseBlock(block, 0, 1024, false, "t").get(0).nameText()).isEqualTo("x");
    }

    @Test
    void entrySizesRoundToFourBytes() {
        assertThat(DirEntry.sizeFor(1)).isEqualTo(12);
        assertThat(DirEntry.sizeFor(4)).isEqualTo(12);
        assertThat(DirEntry.sizeFor(5)).isEqualTo(16);
        assertThat(DirEntry.sizeFor(255)).isEqualTo(264);
    }

    @Test
    void aRecordLengthOfZeroIsCorruptionNotALoop() {
        byte[] block = new byte[1024];
        le(block).putInt(0, 2).putShort(4, (short) 0);
        assertThatThrownBy(() -> DirEntry.parseBlock(block, 0, 1024, true, "directory inode 2, block 0"))
                .isInstanceOf(Ext2Exception.class)
                .hasMessage("corrupt directory: directory inode 2, block 0: the entry at byte 0 has the record length 0"
                        + " (it must be a multiple of 4, at least 8, ending inside the block)");
    }

    @Test
    void recordsMustStayInsideTheBlockAndHoldTheirNames() {
        byte[] past = new byte[1024];
        le(past).putInt(0, 2).putShort(4, (short) 2048);
        assertThatThrownBy(() -> DirEntry.parseBlock(past, 0, 1024, true, "b")).hasMessageContaining("2048");
        byte[] odd = new byte[1024];
        le(odd).putInt(0, 2).putShort(4, (short) 14);
        assertThatThrownBy(() -> DirEntry.parseBlock(odd, 0, 1024, true, "b")).hasMessageContaining("14");
        byte[] name = new byte[1024];
        le(name).putInt(0, 2).putShort(4, (short) 12).put(6, (byte) 200).putShort(16, (short) 1012);
        assertThatThrownBy(() -> DirEntry.parseBlock(name, 0, 1024, true, "b"))
                .hasMessageEndingWith("the entry at byte 0 has a name of 200 bytes in a record of 12");
    }

    @Test
    void featureNamesAndUnknownBits() {
        assertThat(Feature.unknown(Feature.Word.INCOMPAT, 0x2 | 0x40)).isEqualTo(0x40);
        assertThat(Feature.names(Feature.Word.INCOMPAT, 0x2 | 0x40)).containsExactly("filetype", "0x40");
        assertThat(Feature.unknown(Feature.Word.COMPAT, 0x3f)).isZero();
    }
}
