package strata.images.ext2;

/**
 * Makes a new, empty ext2 file system (what mke2fs makes, in Strata's simplest form): revision
 * 1, the {@code filetype} feature and no other, 128-byte inodes, a superblock and descriptor
 * copy in every group, no blocks reserved for root. It holds the root directory (inode 2) and
 * {@code lost+found} (inode 11, mode 0700, grown to 16 KiB or 12 blocks as mke2fs grows it, so
 * e2fsck can reconnect files without allocating). Inodes 1 to 10 are reserved and left zero.
 */
public final class Formatter {
    private static final int LOST_AND_FOUND_BYTES = 16 * 1024;

    private Formatter() {
    }

    /**
     * A file system of {@code geometry}'s shape whose times are {@code time} (seconds since the
     * epoch) and whose root directory has {@code rootPermissions}; the UUID is left zero for
     * the caller to set.
     */
    public static Volume format(Geometry geometry, long time, int rootPermissions) {
        byte[] data = new byte[(int) (geometry.blocksCount() * geometry.blockSize())];
        for (int g = 0; g < geometry.groupCount(); g++) {
            layGroup(data, geometry, g);
        }
        Superblock superblock = superblock(geometry, time);
        superblock.encodeInto(data, Superblock.OFFSET, 0);
        Volume volume = Volume.open(data);
        for (int g = 0; g < geometry.groupCount(); g++) {
            if (volume.hasSuperblockCopy(g)) {
                superblock.encodeFixedFields(data, g == 0 ? Superblock.OFFSET
                        : (int) (geometry.groupStart(g) * geometry.blockSize()));
            }
        }
        makeRoot(volume, time, rootPermissions);
        makeLostAndFound(volume, time);
        volume.flush(time);
        return volume;
    }

    /** Writes group {@code g}'s descriptor into the primary table and marks its metadata and padding in the bitmaps. */
    private static void layGroup(byte[] data, Geometry geometry, int g) {
        int bs = geometry.blockSize();
        long start = geometry.groupStart(g);
        long blockBitmap = start + 1 + geometry.descriptorBlocks();
        long inodeBitmap = blockBitmap + 1;
        long inodeTable = inodeBitmap + 1;
        long groupBlocks = geometry.groupBlocks(g);
        long reservedInodes = g == 0 ? Superblock.GOOD_OLD_FIRST_INODE - 1 : 0;
        markBits(data, (int) (blockBitmap * bs), 0, geometry.overhead());
        markBits(data, (int) (blockBitmap * bs), groupBlocks, 8L * bs);
        markBits(data, (int) (inodeBitmap * bs), 0, reservedInodes);
        markBits(data, (int) (inodeBitmap * bs), geometry.inodesPerGroup(), 8L * bs);
        new GroupDescriptor(blockBitmap, inodeBitmap, inodeTable, (int) (groupBlocks - geometry.overhead()),
                (int) (geometry.inodesPerGroup() - reservedInodes), 0)
                .encodeInto(data, (int) ((geometry.firstDataBlock() + 1) * bs) + g * GroupDescriptor.SIZE);
    }

    private static void markBits(byte[] data, int bitmap, long from, long to) {
        for (long i = from; i < to; i++) {
            data[bitmap + (int) (i >>> 3)] |= (byte) (1 << (i & 7));
        }
    }

    private static Superblock superblock(Geometry geometry, long time) {
        int logBlockSize = Integer.numberOfTrailingZeros(geometry.blockSize() / 1024);
        long freeBlocks = geometry.dataBlocks();
        long freeInodes = geometry.inodesCount() - (Superblock.GOOD_OLD_FIRST_INODE - 1);
        return new Superblock(geometry.inodesCount(), geometry.blocksCount(), 0, freeBlocks, freeInodes,
                geometry.firstDataBlock(), logBlockSize, geometry.blocksPerGroup(), geometry.inodesPerGroup(), 0,
                time, Superblock.MAGIC, Superblock.STATE_CLEAN, time, Superblock.DYNAMIC_REV,
                Superblock.GOOD_OLD_FIRST_INODE, geometry.inodeSize(), 0, Feature.FILETYPE.bit(), 0, new byte[16], 0,
                time);
    }

    private static void makeRoot(Volume volume, long time, int permissions) {
        long block = volume.allocateBlock(0);
        volume.zeroBlock(block);
        Directory.writeFirstBlock(volume, block, Inode.ROOT, Inode.ROOT);
        int[] pointers = new int[Inode.POINTERS];
        pointers[0] = (int) block;
        Inode root = Inode.create(FileType.DIRECTORY, permissions, 0, 0, time)
                .withBlocks(pointers, volume.blockSize(), volume.blockSize() / 512).withLinks(2);
        volume.createReservedInode(Inode.ROOT, root);
    }

    private static void makeLostAndFound(Volume volume, long time) {
        FileSystem fs = new FileSystem(volume);
        long number = fs.mkdir("/lost+found", new Attributes(0700, 0, 0, time), time);
        Inode inode = volume.inode(number);
        BlockMap map = new BlockMap(volume, inode);
        long blocks = 1;
        while (blocks * volume.blockSize() < LOST_AND_FOUND_BYTES && blocks < Inode.DIRECT) {
            long block = map.map(blocks, map.physical(blocks - 1));
            Directory.writeEmptyBlock(volume, block);
            blocks++;
        }
        volume.writeInode(number, inode.withBlocks(map.pointers(), blocks * volume.blockSize(),
                inode.sectors() + map.blocksAdded() * (volume.blockSize() / 512)));
    }
}
