package strata.images.ext2;

/**
 * The shape of a new file system, worked out before a byte is written: block size, blocks,
 * groups of {@code 8 * blockSize} blocks (what a one-block bitmap maps), inodes per group, and
 * what each group spends on metadata. Without sparse_super every group starts with a copy of
 * the superblock and of the descriptor table, then its block bitmap, inode bitmap and inode
 * table; the rest of the group is data.
 *
 * <pre>
 * group g: | superblock | descriptors (descriptorBlocks) | block bitmap | inode bitmap | inode table | data ...
 * </pre>
 *
 * A last group too small to hold its metadata and 50 data blocks is dropped, as mke2fs does.
 */
public record Geometry(int blockSize, long blocksCount, int groupCount, long inodesPerGroup, int inodeSize) {

    public static final int INODE_SIZE = Superblock.GOOD_OLD_INODE_SIZE;
    /** The fewest data blocks a last group may have before it is dropped (mke2fs's rule). */
    private static final int LAST_GROUP_MINIMUM = 50;
    /** Room for the root directory, lost+found and a few files: a smaller file system is refused. */
    private static final int MINIMUM_DATA_BLOCKS = 32;
    /** Images are held whole in a Java array: this is the largest Strata makes or opens. */
    public static final long MAX_BYTES = 2047L << 20;

    /** The geometry of a file system of {@code bytes} bytes with at least {@code inodes} inodes. */
    public static Geometry plan(long bytes, int blockSize, long inodes) {
        if (blockSize != 1024 && blockSize != 4096) {
            throw new Ext2Exception("the block size must be 1024 or 4096, not " + blockSize);
        }
        if (bytes > MAX_BYTES) {
            throw new Ext2Exception("an image of " + bytes + " bytes is larger than Strata handles ("
                    + MAX_BYTES + " bytes, 2047 MiB)");
        }
        long blocks = bytes / blockSize;
        long first = blockSize == 1024 ? 1 : 0;
        long perGroup = 8L * blockSize;
        while (true) {
            int groups = (int) Math.max(1, (blocks - first + perGroup - 1) / perGroup);
            Geometry g = new Geometry(blockSize, blocks, groups, inodesPerGroup(inodes, groups, blockSize), INODE_SIZE);
            long lastBlocks = blocks - first - (groups - 1) * perGroup;
            if (groups > 1 && lastBlocks < g.overhead() + LAST_GROUP_MINIMUM) {
                blocks = first + (groups - 1) * perGroup;
                continue;
            }
            if (lastBlocks < g.overhead() + MINIMUM_DATA_BLOCKS) {
                throw new Ext2Exception(bytes + " bytes is too small for a file system of " + blockSize
                        + "-byte blocks and " + inodes + " inodes");
            }
            return g;
        }
    }

    private static long inodesPerGroup(long inodes, int groups, int blockSize) {
        long perTableBlock = blockSize / INODE_SIZE;
        long perGroup = Math.max((inodes + groups - 1) / groups, 16);
        perGroup = (perGroup + perTableBlock - 1) / perTableBlock * perTableBlock;
        if (perGroup > 8L * blockSize) {
            throw new Ext2Exception(inodes + " inodes do not fit in " + groups + " groups of " + 8 * blockSize
                    + " (make the image larger)");
        }
        return perGroup;
    }

    public long firstDataBlock() {
        return blockSize == 1024 ? 1 : 0;
    }

    public long blocksPerGroup() {
        return 8L * blockSize;
    }

    public long inodesCount() {
        return inodesPerGroup * groupCount;
    }

    public long descriptorBlocks() {
        return Volume.descriptorBlocks(groupCount, blockSize);
    }

    public long inodeTableBlocks() {
        return inodesPerGroup * inodeSize / blockSize;
    }

    /** The blocks at the start of every group that hold metadata. */
    public long overhead() {
        return 1 + descriptorBlocks() + 2 + inodeTableBlocks();
    }

    public long groupStart(int g) {
        return firstDataBlock() + g * blocksPerGroup();
    }

    public long groupBlocks(int g) {
        return Math.min(blocksPerGroup(), blocksCount - groupStart(g));
    }

    /** The blocks left for files and directories in the new file system. */
    public long dataBlocks() {
        return blocksCount - firstDataBlock() - groupCount * overhead();
    }
}
