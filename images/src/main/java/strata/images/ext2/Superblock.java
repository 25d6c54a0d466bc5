package strata.images.ext2;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The ext2 superblock (1024 bytes at byte 1024 of the image, copies at the start of some
 * groups): the fields Strata reads or keeps up to date. {@link #encodeInto} writes only these
 * fields, so a superblock another tool wrote keeps everything else it holds.
 *
 * <pre>
 *   0 inodes_count      4 blocks_count     8 r_blocks_count   12 free_blocks_count
 *  16 free_inodes_count 20 first_data_block 24 log_block_size 28 log_frag_size
 *  32 blocks_per_group  36 frags_per_group 40 inodes_per_group 44 mtime  48 wtime
 *  52 mnt_count.16 54 max_mnt_count.16 56 magic.16 58 state.16 60 errors.16 62 minor_rev.16
 *  64 lastcheck 68 checkinterval 72 creator_os 76 rev_level 80 def_resuid.16 82 def_resgid.16
 *  84 first_ino 88 inode_size.16 90 block_group_nr.16 92 feature_compat 96 feature_incompat
 * 100 feature_ro_compat 104 uuid[16] 120 volume_name[16] ... 206 reserved_gdt_blocks.16
 * 264 mkfs_time ... 348 min_extra_isize.16 350 want_extra_isize.16
 * </pre>
 */
public record Superblock(long inodesCount, long blocksCount, long reservedBlocks, long freeBlocks, long freeInodes,
        long firstDataBlock, int logBlockSize, long blocksPerGroup, long inodesPerGroup, long mountTime,
        long writeTime, int magic, int state, long lastCheck, long revLevel, long firstInode, int inodeSize,
        int compat, int incompat, int roCompat, byte[] uuid, int reservedGdtBlocks, long mkfsTime) {

    public static final int OFFSET = 1024;
    public static final int SIZE = 1024;
    public static final int MAGIC = 0xef53;
    public static final int STATE_CLEAN = 1;
    /** Revision 1 ("dynamic"): inode size and first inode are in the superblock. */
    public static final int DYNAMIC_REV = 1;
    /** Inode size of revision 0 images, which have no inode_size field. */
    public static final int GOOD_OLD_INODE_SIZE = 128;
    public static final int GOOD_OLD_FIRST_INODE = 11;

    public Superblock {
        uuid = uuid.clone();
    }

    @Override
    public byte[] uuid() {
        return uuid.clone();
    }

    public int blockSize() {
        return 1024 << logBlockSize;
    }

    public boolean has(Feature feature) {
        int word = switch (feature.word()) {
            case COMPAT -> compat;
            case INCOMPAT -> incompat;
            case RO_COMPAT -> roCompat;
        };
        return (word & feature.bit()) != 0;
    }

    public Superblock withFree(long blocks, long inodes) {
        return new Superblock(inodesCount, blocksCount, reservedBlocks, blocks, inodes, firstDataBlock, logBlockSize,
                blocksPerGroup, inodesPerGroup, mountTime, writeTime, magic, state, lastCheck, revLevel, firstInode,
                inodeSize, compat, incompat, roCompat, uuid, reservedGdtBlocks, mkfsTime);
    }

    public Superblock withWriteTime(long time) {
        return new Superblock(inodesCount, blocksCount, reservedBlocks, freeBlocks, freeInodes, firstDataBlock,
                logBlockSize, blocksPerGroup, inodesPerGroup, mountTime, time, magic, state, lastCheck, revLevel,
                firstInode, inodeSize, compat, incompat, roCompat, uuid, reservedGdtBlocks, mkfsTime);
    }

    public Superblock withUuid(byte[] id) {
        return new Superblock(inodesCount, blocksCount, reservedBlocks, freeBlocks, freeInodes, firstDataBlock,
                logBlockSize, blocksPerGroup, inodesPerGroup, mountTime, writeTime, magic, state, lastCheck, revLevel,
                firstInode, inodeSize, compat, incompat, roCompat, id, reservedGdtBlocks, mkfsTime);
    }

    /** Decodes the 1024 bytes at {@code offset} of {@code bytes}; nothing is checked here (see {@link Volume}). */
    public static Superblock decode(byte[] bytes, int offset) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, SIZE).slice().order(ByteOrder.LITTLE_ENDIAN);
        long rev = u32(b, 76);
        boolean dynamic = rev >= DYNAMIC_REV;
        byte[] uuid = Arrays.copyOfRange(bytes, offset + 104, offset + 120);
        return new Superblock(u32(b, 0), u32(b, 4), u32(b, 8), u32(b, 12), u32(b, 16), u32(b, 20), b.getInt(24),
                u32(b, 32), u32(b, 40), u32(b, 44), u32(b, 48), u16(b, 56), u16(b, 58), u32(b, 64), rev,
                dynamic ? u32(b, 84) : GOOD_OLD_FIRST_INODE, dynamic ? u16(b, 88) : GOOD_OLD_INODE_SIZE,
                dynamic ? b.getInt(92) : 0, dynamic ? b.getInt(96) : 0, dynamic ? b.getInt(100) : 0, uuid,
                u16(b, 206), u32(b, 264));
    }

    /**
     * Writes this superblock's fields into the 1024 bytes at {@code offset}, as the copy kept in
     * group {@code group} (each copy names its own group).
     */
    public void encodeInto(byte[] bytes, int offset, int group) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, SIZE).slice().order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, (int) inodesCount).putInt(4, (int) blocksCount).putInt(8, (int) reservedBlocks)
                .putInt(12, (int) freeBlocks).putInt(16, (int) freeInodes).putInt(20, (int) firstDataBlock)
                .putInt(24, logBlockSize).putInt(32, (int) blocksPerGroup).putInt(40, (int) inodesPerGroup)
                .putInt(44, (int) mountTime).putInt(48, (int) writeTime).putShort(56, (short) magic)
                .putShort(58, (short) state).putInt(64, (int) lastCheck).putInt(76, (int) revLevel);
        if (revLevel >= DYNAMIC_REV) {
            b.putInt(84, (int) firstInode).putShort(88, (short) inodeSize).putShort(90, (short) group)
                    .putInt(92, compat).putInt(96, incompat).putInt(100, roCompat)
                    .put(104, uuid).putShort(206, (short) reservedGdtBlocks).putInt(264, (int) mkfsTime);
        }
    }

    /**
     * Writes the fields a new file system of this shape needs and Strata never changes afterwards:
     * fragments as large as blocks, no mount-count check, "continue" on errors, Linux as creator,
     * and for inodes larger than 128 bytes the extra size mke2fs asks for.
     */
    public void encodeFixedFields(byte[] bytes, int offset) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, SIZE).slice().order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(28, logBlockSize).putInt(36, (int) blocksPerGroup).putShort(54, (short) -1).putShort(60, (short) 1)
                .putInt(72, 0);
        if (inodeSize > GOOD_OLD_INODE_SIZE) {
            b.putShort(348, (short) Inode.EXTRA_ISIZE).putShort(350, (short) Inode.EXTRA_ISIZE);
        }
    }

    static long u32(ByteBuffer b, int offset) {
        return Integer.toUnsignedLong(b.getInt(offset));
    }

    static int u16(ByteBuffer b, int offset) {
        return Short.toUnsignedInt(b.getShort(offset));
    }
}
