package strata.images.ext2;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * A mounted ext2 file system held whole in memory: the image's bytes, its superblock and group
 * descriptors, and the low layer every operation goes through: blocks, inodes, and the two
 * allocators (blocks and inodes, first fit from a goal, counted in the group descriptors).
 *
 * <p>{@link #open} checks the superblock and the descriptors before anything is read, so that a
 * damaged or foreign image gives one clear message instead of an index out of bounds later; every
 * block number read from the image later is checked against the file system's size by
 * {@link #blockOffset}. Changes are made to the bytes in memory; {@link #flush} writes the
 * counts back into the superblock and the descriptor table (and their copies) and the caller
 * writes the bytes out as a whole, so an operation that fails half-way leaves the file untouched.
 */
public final class Volume {
    /** Byte offset of the magic number in the image: what {@code file} and e2fsck look at. */
    public static final int MAGIC_OFFSET = Superblock.OFFSET + 56;
    private static final int MAX_LOG_BLOCK_SIZE = 6;
    private static final int ATTRIBUTE_MAGIC = 0xea020000;

    private final byte[] data;
    private Superblock superblock;
    private final GroupDescriptor[] groups;
    private final int blockSize;
    private final int inodeSize;
    /** The block allocated last: where a file with no blocks yet starts looking, so files follow each other. */
    private long lastAllocated;

    private Volume(byte[] data, Superblock superblock, GroupDescriptor[] groups) {
        this.data = data;
        this.superblock = superblock;
        this.groups = groups;
        this.blockSize = superblock.blockSize();
        this.inodeSize = superblock.inodeSize();
    }

    /** The file system in {@code data} (used in place, not copied), checked as the class comment says. */
    public static Volume open(byte[] data) {
        if (data.length < Superblock.OFFSET + Superblock.SIZE) {
            throw new Ext2Exception("not an ext2 image: " + data.length + " bytes is too short to hold a superblock");
        }
        Superblock sb = Superblock.decode(data, Superblock.OFFSET);
        if (sb.magic() != Superblock.MAGIC) {
            throw new Ext2Exception(String.format("not an ext2 image: no magic number 0xef53 at byte %d (found 0x%04x)",
                    MAGIC_OFFSET, sb.magic()));
        }
        checkSuperblock(sb, data.length);
        GroupDescriptor[] groups = new GroupDescriptor[groupCount(sb)];
        long table = sb.firstDataBlock() + 1;
        for (int g = 0; g < groups.length; g++) {
            groups[g] = GroupDescriptor.decode(data, (int) (table * sb.blockSize()) + g * GroupDescriptor.SIZE);
            checkDescriptor(sb, g, groups[g]);
        }
        return new Volume(data, sb, groups);
    }

    private static void checkSuperblock(Superblock sb, int length) {
        if (sb.revLevel() > Superblock.DYNAMIC_REV) {
            throw new Ext2Exception("unknown ext2 revision " + sb.revLevel() + " (Strata reads revisions 0 and 1)");
        }
        int unknown = Feature.unknown(Feature.Word.INCOMPAT, sb.incompat());
        if (unknown != 0) {
            throw new Ext2Exception("the file system uses features Strata cannot read: "
                    + String.join(", ", Feature.names(Feature.Word.INCOMPAT, unknown))
                    + " (Strata reads ext2; ext3 journals that need recovery and ext4 are out of reach)");
        }
        if (sb.logBlockSize() < 0 || sb.logBlockSize() > MAX_LOG_BLOCK_SIZE) {
            throw corrupt("the block size field is " + sb.logBlockSize() + " (1 KiB shifted left by it)");
        }
        int bs = sb.blockSize();
        if (sb.firstDataBlock() != (bs == 1024 ? 1 : 0)) {
            throw corrupt("the first data block is " + sb.firstDataBlock() + " with " + bs + "-byte blocks");
        }
        if (sb.blocksPerGroup() < 8 || sb.blocksPerGroup() > 8L * bs || sb.inodesPerGroup() < 1
                || sb.inodesPerGroup() > 8L * bs) {
            throw corrupt("a group has " + sb.blocksPerGroup() + " blocks and " + sb.inodesPerGroup()
                    + " inodes (each at most " + 8 * bs + ", what a one-block bitmap maps)");
        }
        int isz = sb.inodeSize();
        if (isz < Superblock.GOOD_OLD_INODE_SIZE || isz > bs || Integer.bitCount(isz) != 1) {
            throw corrupt("the inode size is " + isz + " (a power of two from 128 to the block size)");
        }
        if (sb.blocksCount() <= sb.firstDataBlock() + 2) {
            throw corrupt("the file system has " + sb.blocksCount() + " blocks");
        }
        if (sb.blocksCount() * bs > length) {
            throw new Ext2Exception("the image is truncated: the file system has " + sb.blocksCount() + " blocks of "
                    + bs + " bytes (" + sb.blocksCount() * bs + " bytes) but the file holds " + length + " bytes");
        }
        long groupCount = groupCount(sb);
        if (sb.inodesCount() > groupCount * sb.inodesPerGroup() || sb.firstInode() <= Inode.ROOT
                || sb.firstInode() > sb.inodesCount()) {
            throw corrupt("it counts " + sb.inodesCount() + " inodes, the first for files being " + sb.firstInode()
                    + ", in " + groupCount + " groups of " + sb.inodesPerGroup());
        }
        if (sb.firstDataBlock() + 1 + descriptorBlocks(groupCount, bs) > sb.blocksCount()) {
            throw corrupt("the group descriptor table runs past the end of the file system");
        }
    }

    private static void checkDescriptor(Superblock sb, int g, GroupDescriptor gd) {
        long tableBlocks = (sb.inodesPerGroup() * sb.inodeSize() + sb.blockSize() - 1) / sb.blockSize();
        List<long[]> extents = List.of(new long[] {gd.blockBitmap(), 1}, new long[] {gd.inodeBitmap(), 1},
                new long[] {gd.inodeTable(), tableBlocks});
        for (long[] extent : extents) {
            if (extent[0] < sb.firstDataBlock() || extent[0] + extent[1] > sb.blocksCount()) {
                throw corrupt("group " + g + "'s descriptor places its bitmaps or inode table outside the file"
                        + " system (block bitmap " + gd.blockBitmap() + ", inode bitmap " + gd.inodeBitmap()
                        + ", inode table " + gd.inodeTable() + ", of " + sb.blocksCount() + " blocks)");
            }
        }
    }

    private static int groupCount(Superblock sb) {
        return (int) ((sb.blocksCount() - sb.firstDataBlock() + sb.blocksPerGroup() - 1) / sb.blocksPerGroup());
    }

    static long descriptorBlocks(long groupCount, int blockSize) {
        return (groupCount * GroupDescriptor.SIZE + blockSize - 1) / blockSize;
    }

    static Ext2Exception corrupt(String problem) {
        return new Ext2Exception("corrupt file system: " + problem);
    }

    public byte[] data() {
        return data;
    }

    public Superblock superblock() {
        return superblock;
    }

    public int blockSize() {
        return blockSize;
    }

    public int groupCount() {
        return groups.length;
    }

    public GroupDescriptor group(int g) {
        return groups[g];
    }

    public boolean fileTypes() {
        return superblock.has(Feature.FILETYPE);
    }

    /** Refuses to change a file system with a read-only-compatible feature Strata does not know. */
    public void checkWritable() {
        int unknown = Feature.unknown(Feature.Word.RO_COMPAT, superblock.roCompat());
        if (unknown != 0) {
            throw new Ext2Exception("Strata can read this file system but not change it: it uses "
                    + String.join(", ", Feature.names(Feature.Word.RO_COMPAT, unknown)));
        }
    }

    /** Where block {@code block} starts in {@link #data}; a number outside the file system is corruption. */
    public int blockOffset(long block) {
        if (block < superblock.firstDataBlock() || block >= superblock.blocksCount()) {
            throw corrupt("block " + block + " is outside the file system (blocks " + superblock.firstDataBlock()
                    + " to " + (superblock.blocksCount() - 1) + ")");
        }
        return (int) (block * blockSize);
    }

    public void zeroBlock(long block) {
        int offset = blockOffset(block);
        Arrays.fill(data, offset, offset + blockSize, (byte) 0);
    }

    // ---- inodes

    private int inodeOffset(long number) {
        if (number < 1 || number > superblock.inodesCount()) {
            throw corrupt("inode " + number + " does not exist (inodes 1 to " + superblock.inodesCount() + ")");
        }
        long index = number - 1;
        GroupDescriptor gd = groups[(int) (index / superblock.inodesPerGroup())];
        return blockOffset(gd.inodeTable()) + (int) (index % superblock.inodesPerGroup()) * inodeSize;
    }

    public Inode inode(long number) {
        return Inode.decode(data, inodeOffset(number));
    }

    public void writeInode(long number, Inode inode) {
        inode.encodeInto(data, inodeOffset(number));
    }

    /**
     * Clears inode {@code number}'s whole slot, then writes {@code inode} in it: a new file keeps
     * nothing of an old one.
     */
    private void writeFreshInode(long number, Inode inode) {
        int offset = inodeOffset(number);
        Arrays.fill(data, offset, offset + inodeSize, (byte) 0);
        if (inodeSize > Superblock.GOOD_OLD_INODE_SIZE) {
            data[offset + Superblock.GOOD_OLD_INODE_SIZE] = (byte) Inode.EXTRA_ISIZE;
        }
        inode.encodeInto(data, offset);
    }

    /**
     * Writes {@code inode} as reserved inode {@code number} (below the first inode for files, so
     * already marked in use): the root directory is made this way, and counted as a directory.
     */
    public void createReservedInode(long number, Inode inode) {
        if (number >= superblock.firstInode()) {
            throw new IllegalArgumentException("inode " + number + " is not reserved");
        }
        writeFreshInode(number, inode);
        if (inode.type() == FileType.DIRECTORY) {
            int g = (int) ((number - 1) / superblock.inodesPerGroup());
            GroupDescriptor gd = groups[g];
            groups[g] = gd.withCounts(gd.freeBlocks(), gd.freeInodes(), gd.usedDirs() + 1);
        }
    }

    /** Allocates the first free inode (from the first group on), writes {@code inode} in it and returns its number. */
    public long allocateInode(Inode inode) {
        long perGroup = superblock.inodesPerGroup();
        for (int g = 0; g < groups.length; g++) {
            if (groups[g].freeInodes() == 0) {
                continue;
            }
            int bitmap = blockOffset(groups[g].inodeBitmap());
            long first = Math.max(0, superblock.firstInode() - 1 - g * perGroup);
            long end = Math.min(perGroup, superblock.inodesCount() - g * perGroup);
            long i = firstClear(bitmap, first, end);
            if (i < end) {
                setBit(bitmap, i, true);
                boolean directory = inode.type() == FileType.DIRECTORY;
                GroupDescriptor gd = groups[g];
                groups[g] = gd.withCounts(gd.freeBlocks(), gd.freeInodes() - 1, gd.usedDirs() + (directory ? 1 : 0));
                long number = g * perGroup + i + 1;
                writeFreshInode(number, inode);
                return number;
            }
        }
        throw new Ext2Exception("the file system is full: no free inode");
    }

    /** Frees inode {@code number}: its slot is cleared but for the deletion time, and its bit and counts given back. */
    public void freeInode(long number, long time) {
        boolean directory = inode(number).type() == FileType.DIRECTORY;
        writeFreshInode(number, new Inode(0, 0, 0, 0, 0, 0, 0, time, 0, 0, 0, new int[Inode.POINTERS]));
        long index = number - 1;
        int g = (int) (index / superblock.inodesPerGroup());
        setBit(blockOffset(groups[g].inodeBitmap()), index % superblock.inodesPerGroup(), false);
        GroupDescriptor gd = groups[g];
        groups[g] = gd.withCounts(gd.freeBlocks(), gd.freeInodes() + 1, gd.usedDirs() - (directory ? 1 : 0));
    }

    /**
     * The block of extended attributes of inode {@code number} ({@code i_file_acl}, low 32 bits at
     * byte 104 of the inode, high 16 at byte 118), or 0. Strata reads no attributes but must give
     * the block back when the file goes.
     */
    public long attributeBlock(long number) {
        ByteBuffer b = ByteBuffer.wrap(data, inodeOffset(number), Superblock.GOOD_OLD_INODE_SIZE).slice()
                .order(ByteOrder.LITTLE_ENDIAN);
        return Superblock.u32(b, 104) | (long) Superblock.u16(b, 118) << 32;
    }

    /**
     * Drops one reference to the attribute block {@code block} (files with the same attributes
     * share one; the count is at byte 4, after the magic 0xea020000) and frees it with the last.
     */
    public void releaseAttributeBlock(long block) {
        ByteBuffer b = ByteBuffer.wrap(data, blockOffset(block), blockSize).slice().order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != ATTRIBUTE_MAGIC) {
            throw corrupt(String.format("block %d is named as extended attributes but has no magic 0xea020000", block));
        }
        long references = Superblock.u32(b, 4);
        if (references <= 1) {
            freeBlock(block);
        } else {
            b.putInt(4, (int) (references - 1));
        }
    }

    // ---- blocks

    private long groupStart(int g) {
        return superblock.firstDataBlock() + g * superblock.blocksPerGroup();
    }

    private long groupBlocks(int g) {
        return Math.min(superblock.blocksPerGroup(), superblock.blocksCount() - groupStart(g));
    }

    /**
     * Allocates the first free block at or after {@code goal} (wrapping around to the start), so
     * that a file written block after block lies in one run; a goal of 0 means after the block
     * allocated last. The block is not cleared.
     */
    public long allocateBlock(long goal) {
        long wanted = goal == 0 ? lastAllocated + 1 : goal;
        long start = wanted < superblock.firstDataBlock() || wanted >= superblock.blocksCount()
                ? superblock.firstDataBlock() : wanted;
        int first = (int) ((start - superblock.firstDataBlock()) / superblock.blocksPerGroup());
        for (int n = 0; n <= groups.length; n++) {
            int g = (first + n) % groups.length;
            if (groups[g].freeBlocks() == 0) {
                continue;
            }
            int bitmap = blockOffset(groups[g].blockBitmap());
            long i = firstClear(bitmap, n == 0 ? start - groupStart(g) : 0, groupBlocks(g));
            if (i < groupBlocks(g)) {
                setBit(bitmap, i, true);
                GroupDescriptor gd = groups[g];
                groups[g] = gd.withCounts(gd.freeBlocks() - 1, gd.freeInodes(), gd.usedDirs());
                lastAllocated = groupStart(g) + i;
                return lastAllocated;
            }
        }
        throw new Ext2Exception("the file system is full: no free block");
    }

    public void freeBlock(long block) {
        blockOffset(block);
        int g = (int) ((block - superblock.firstDataBlock()) / superblock.blocksPerGroup());
        long i = block - groupStart(g);
        int bitmap = blockOffset(groups[g].blockBitmap());
        if (!bit(bitmap, i)) {
            throw corrupt("block " + block + " is freed twice (it is free in the bitmap)");
        }
        setBit(bitmap, i, false);
        GroupDescriptor gd = groups[g];
        groups[g] = gd.withCounts(gd.freeBlocks() + 1, gd.freeInodes(), gd.usedDirs());
    }

    /** The free blocks in the whole file system, counted from the group descriptors. */
    public long freeBlocks() {
        return Arrays.stream(groups).mapToLong(GroupDescriptor::freeBlocks).sum();
    }

    public long freeInodes() {
        return Arrays.stream(groups).mapToLong(GroupDescriptor::freeInodes).sum();
    }

    /**
     * The first clear bit from {@code from} to {@code to} (exclusive) of a bitmap, or {@code to};
     * full bytes are skipped whole.
     */
    private long firstClear(int bitmap, long from, long to) {
        long i = from;
        while (i < to) {
            if ((i & 7) == 0 && data[bitmap + (int) (i >>> 3)] == (byte) 0xff) {
                i += 8;
            } else if (!bit(bitmap, i)) {
                return i;
            } else {
                i++;
            }
        }
        return to;
    }

    private boolean bit(int bitmap, long index) {
        return (data[bitmap + (int) (index >>> 3)] & (1 << (index & 7))) != 0;
    }

    private void setBit(int bitmap, long index, boolean value) {
        int at = bitmap + (int) (index >>> 3);
        int mask = 1 << (index & 7);
        data[at] = (byte) (value ? data[at] | mask : data[at] & ~mask);
    }

    // ---- metadata

    /** True if group {@code g} keeps a copy of the superblock and descriptor table (all do without sparse_super). */
    public boolean hasSuperblockCopy(int g) {
        return g <= 1 || !superblock.has(Feature.SPARSE_SUPER) || isPower(g, 3) || isPower(g, 5) || isPower(g, 7);
    }

    private static boolean isPower(int n, int base) {
        int p = base;
        while (p < n) {
            p *= base;
        }
        return p == n;
    }

    public void setUuid(byte[] uuid) {
        superblock = superblock.withUuid(uuid);
    }

    /**
     * Writes the free counts (summed from the groups) and the write time {@code time} into the
     * superblock, and the superblock and descriptor table into every group that keeps a copy.
     */
    public void flush(long time) {
        superblock = superblock.withFree(freeBlocks(), freeInodes()).withWriteTime(time);
        for (int g = 0; g < groups.length; g++) {
            if (!hasSuperblockCopy(g)) {
                continue;
            }
            int sbOffset = g == 0 ? Superblock.OFFSET : blockOffset(groupStart(g));
            superblock.encodeInto(data, sbOffset, g);
            int table = blockOffset(groupStart(g) + 1);
            for (int d = 0; d < groups.length; d++) {
                groups[d].encodeInto(data, table + d * GroupDescriptor.SIZE);
            }
        }
    }
}
