package strata.images.ext2;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One block group's descriptor (32 bytes in the group descriptor table, which follows the
 * superblock): where the group's bitmaps and inode table are, and its free and directory counts.
 *
 * <pre>
 *  0 block_bitmap  4 inode_bitmap  8 inode_table  12 free_blocks_count.16
 * 14 free_inodes_count.16  16 used_dirs_count.16  18 flags.16  20..31 reserved
 * </pre>
 */
public record GroupDescriptor(long blockBitmap, long inodeBitmap, long inodeTable, int freeBlocks, int freeInodes,
        int usedDirs) {

    public static final int SIZE = 32;

    public static GroupDescriptor decode(byte[] bytes, int offset) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, SIZE).slice().order(ByteOrder.LITTLE_ENDIAN);
        return new GroupDescriptor(Superblock.u32(b, 0), Superblock.u32(b, 4), Superblock.u32(b, 8),
                Superblock.u16(b, 12), Superblock.u16(b, 14), Superblock.u16(b, 16));
    }

    /** Writes the fields of this record; the flags and reserved bytes are left as they are. */
    public void encodeInto(byte[] bytes, int offset) {
        ByteBuffer.wrap(bytes, offset, SIZE).slice().order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0, (int) blockBitmap).putInt(4, (int) inodeBitmap).putInt(8, (int) inodeTable)
                .putShort(12, (short) freeBlocks).putShort(14, (short) freeInodes).putShort(16, (short) usedDirs);
    }

    public GroupDescriptor withCounts(int blocks, int inodes, int dirs) {
        return new GroupDescriptor(blockBitmap, inodeBitmap, inodeTable, blocks, inodes, dirs);
    }
}
