package strata.images.ext2;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The map from a file's logical blocks to the volume's blocks: logical blocks 0 to 11 are named
 * by the inode's direct pointers, the next {@code P} (a block's worth of pointers, 256 for 1 KiB
 * blocks) through the single-indirect block, then {@code P*P} through the double- and
 * {@code P*P*P} through the triple-indirect block. A pointer of 0 is a hole: the block reads as
 * zeros and is not stored.
 *
 * <p>An instance holds a copy of one inode's 15 pointers while blocks are added or freed, and
 * counts the blocks it allocates (data and indirect), so the caller can update the inode's
 * pointers and 512-byte sector count in one write.
 */
public final class BlockMap {
    private final Volume volume;
    private final int[] pointers;
    private final int perBlock;
    /** Where the next allocation starts looking: after this map's last block, or (0) where the volume says. */
    private long next;
    private long blocksAdded;

    public BlockMap(Volume volume, Inode inode) {
        this.volume = volume;
        this.pointers = inode.block();
        this.perBlock = volume.blockSize() / 4;
    }

    public int[] pointers() {
        return pointers.clone();
    }

    /** Blocks allocated through this map minus blocks freed through it. */
    public long blocksAdded() {
        return blocksAdded;
    }

    /** The largest number of logical blocks the map can name with this block size. */
    public static long capacity(int blockSize) {
        long p = blockSize / 4;
        return Inode.DIRECT + p + p * p + p * p * p;
    }

    /** The volume block behind logical block {@code logical}, or 0 for a hole. */
    public long physical(long logical) {
        Step step = locate(logical);
        long block = Integer.toUnsignedLong(pointers[step.root()]);
        for (int level = 0; level < step.depth() && block != 0; level++) {
            block = entry(block, step.index(level));
        }
        return block;
    }

    /**
     * The volume block behind logical block {@code logical}, allocated (with any indirect block
     * on the way, cleared) if it is a hole; {@code goal} is where allocation starts looking when
     * this map has allocated nothing yet (0: after the volume's last allocation).
     */
    public long map(long logical, long goal) {
        Step step = locate(logical);
        if (next == 0) {
            next = goal;
        }
        long block = Integer.toUnsignedLong(pointers[step.root()]);
        if (block == 0) {
            block = allocate(step.depth() > 0);
            pointers[step.root()] = (int) block;
        }
        for (int level = 0; level < step.depth(); level++) {
            long next = entry(block, step.index(level));
            if (next == 0) {
                next = allocate(level + 1 < step.depth());
                setEntry(block, step.index(level), next);
            }
            block = next;
        }
        return block;
    }

    /** Frees every block of the file, data and indirect, and clears the pointers. */
    public void freeAll() {
        for (int root = 0; root < Inode.POINTERS; root++) {
            int depth = Math.max(0, root - Inode.DIRECT + 1);
            free(Integer.toUnsignedLong(pointers[root]), depth);
            pointers[root] = 0;
        }
    }

    private void free(long block, int depth) {
        if (block == 0) {
            return;
        }
        if (depth > 0) {
            for (int i = 0; i < perBlock; i++) {
                free(entry(block, i), depth - 1);
            }
        }
        volume.freeBlock(block);
        blocksAdded--;
    }

    private long allocate(boolean indirect) {
        long block = volume.allocateBlock(next);
        if (indirect) {
            volume.zeroBlock(block);
        }
        next = block + 1;
        blocksAdded++;
        return block;
    }

    private long entry(long block, int index) {
        return Integer.toUnsignedLong(buffer(block).getInt(index * 4));
    }

    private void setEntry(long block, int index, long value) {
        buffer(block).putInt(index * 4, (int) value);
    }

    private ByteBuffer buffer(long block) {
        return ByteBuffer.wrap(volume.data(), volume.blockOffset(block), volume.blockSize()).slice()
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Which inode pointer a logical block hangs from, and the index at each indirect level below it. */
    private record Step(int root, int depth, long offset, int perBlock) {
        int index(int level) {
            long divisor = 1;
            for (int i = level + 1; i < depth; i++) {
                divisor *= perBlock;
            }
            return (int) (offset / divisor % perBlock);
        }
    }

    private Step locate(long logical) {
        if (logical < 0) {
            throw new IllegalArgumentException("negative logical block " + logical);
        }
        if (logical < Inode.DIRECT) {
            return new Step((int) logical, 0, 0, perBlock);
        }
        long offset = logical - Inode.DIRECT;
        long span = perBlock;
        for (int depth = 1; depth <= 3; depth++) {
            if (offset < span) {
                return new Step(Inode.DIRECT + depth - 1, depth, offset, perBlock);
            }
            offset -= span;
            span *= perBlock;
        }
        throw new Ext2Exception("a file cannot have more than " + capacity(volume.blockSize()) + " blocks of "
                + volume.blockSize() + " bytes");
    }
}
