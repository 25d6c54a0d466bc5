package strata.images.ext2;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of one directory, read linearly block after block (a hashed directory's index
 * blocks read as empty entries), and the changes made to them: an entry is added in the first
 * record with room to split, or in a new block at the end; an entry is removed by merging it into
 * the record before it, or, first in its block, by marking it unused.
 */
public final class Directory {
    private final Volume volume;
    private final long number;

    public Directory(Volume volume, long number) {
        this.volume = volume;
        this.number = number;
    }

    public long number() {
        return number;
    }

    /** A block of the directory and its entries. */
    private record Block(long logical, long physical, List<DirEntry> entries) {
    }

    private long blockCount() {
        Inode inode = volume.inode(number);
        int bs = volume.blockSize();
        // A directory has no holes, so it cannot have more blocks than the file system.
        if (inode.size() % bs != 0 || inode.size() / bs > volume.superblock().blocksCount()) {
            throw Volume.corrupt("directory inode " + number + " has the size " + inode.size()
                    + ", not a whole number of blocks the file system can hold");
        }
        return inode.size() / bs;
    }

    private Block block(BlockMap map, long logical) {
        long physical = map.physical(logical);
        if (physical == 0) {
            throw Volume.corrupt("directory inode " + number + " has a hole at block " + logical);
        }
        return new Block(logical, physical, DirEntry.parseBlock(volume.data(), volume.blockOffset(physical),
                volume.blockSize(), volume.fileTypes(), "directory inode " + number + ", block " + logical));
    }

    private List<Block> blocks() {
        BlockMap map = new BlockMap(volume, volume.inode(number));
        List<Block> blocks = new ArrayList<>();
        for (long logical = 0, count = blockCount(); logical < count; logical++) {
            blocks.add(block(map, logical));
        }
        return blocks;
    }

    /** The entries in use, in the order they lie, "." and ".." included. */
    public List<DirEntry> entries() {
        List<DirEntry> entries = new ArrayList<>();
        for (Block block : blocks()) {
            block.entries().stream().filter(DirEntry::used).forEach(entries::add);
        }
        return entries;
    }

    /**
     * Adds the entry {@code name} for {@code inode} of {@code type}; the directory's times become
     * {@code time}. Blocks are searched for room from the last, where a directory that only grows
     * has it, so filling a large directory does not read every block for every entry.
     */
    public void add(byte[] name, long inode, FileType type, long time) {
        int needed = DirEntry.sizeFor(name.length);
        int code = volume.fileTypes() ? type.direntCode() : 0;
        BlockMap blocks = new BlockMap(volume, volume.inode(number));
        for (long logical = blockCount() - 1; logical >= 0; logical--) {
            Block block = block(blocks, logical);
            for (DirEntry entry : block.entries()) {
                if (entry.recordLength() - entry.needed() >= needed) {
                    int start = volume.blockOffset(block.physical());
                    if (entry.used()) {
                        entry.withRecordLength(entry.needed()).encodeInto(volume.data(), start, volume.fileTypes());
                        new DirEntry(entry.offset() + entry.needed(), inode, entry.recordLength() - entry.needed(),
                                code, name).encodeInto(volume.data(), start, volume.fileTypes());
                    } else {
                        new DirEntry(entry.offset(), inode, entry.recordLength(), code, name)
                                .encodeInto(volume.data(), start, volume.fileTypes());
                    }
                    touch(volume.inode(number), time);
                    return;
                }
            }
        }
        Inode dir = volume.inode(number);
        long logical = dir.size() / volume.blockSize();
        BlockMap map = new BlockMap(volume, dir);
        long physical = map.map(logical, logical == 0 ? 0 : map.physical(logical - 1));
        volume.zeroBlock(physical);
        new DirEntry(0, inode, volume.blockSize(), code, name)
                .encodeInto(volume.data(), volume.blockOffset(physical), volume.fileTypes());
        touch(dir.withBlocks(map.pointers(), dir.size() + volume.blockSize(),
                dir.sectors() + map.blocksAdded() * (volume.blockSize() / 512)), time);
    }

    /** Removes the entry {@code name}; it must exist. */
    public void remove(byte[] name, long time) {
        for (Block block : blocks()) {
            DirEntry previous = null;
            for (DirEntry entry : block.entries()) {
                if (entry.used() && entry.nameIs(name)) {
                    int start = volume.blockOffset(block.physical());
                    if (previous == null) {
                        entry.unused().encodeInto(volume.data(), start, volume.fileTypes());
                    } else {
                        previous.withRecordLength(previous.recordLength() + entry.recordLength())
                                .encodeInto(volume.data(), start, volume.fileTypes());
                    }
                    touch(volume.inode(number), time);
                    return;
                }
                previous = entry;
            }
        }
        throw new IllegalArgumentException("no entry " + new String(name, StandardCharsets.UTF_8));
    }

    /** Writes the directory's inode back, its contents changed at {@code time}. */
    private void touch(Inode dir, long time) {
        // A hashed directory's index would no longer match its entries: it becomes a plain one, as e2fsck accepts.
        volume.writeInode(number, dir.withFlags(dir.flags() & ~Inode.INDEX_FLAG).modifiedAt(time));
    }

    /** Writes the first block of a new directory: "." naming {@code self}, ".." naming {@code parent}. */
    public static void writeFirstBlock(Volume volume, long block, long self, long parent) {
        int start = volume.blockOffset(block);
        boolean types = volume.fileTypes();
        int code = types ? FileType.DIRECTORY.direntCode() : 0;
        int dot = DirEntry.sizeFor(1);
        new DirEntry(0, self, dot, code, new byte[] {'.'}).encodeInto(volume.data(), start, types);
        new DirEntry(dot, parent, volume.blockSize() - dot, code, new byte[] {'.', '.'})
                .encodeInto(volume.data(), start, types);
    }

    /** Writes an empty directory block (one unused record spanning it), as lost+found is grown with. */
    public static void writeEmptyBlock(Volume volume, long block) {
        volume.zeroBlock(block);
        new DirEntry(0, 0, volume.blockSize(), 0, new byte[0])
                .encodeInto(volume.data(), volume.blockOffset(block), volume.fileTypes());
    }
}
