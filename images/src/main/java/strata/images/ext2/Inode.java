package strata.images.ext2;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * An inode: a file's type and permissions, owner, size, times, link count and the 15 block
 * pointers (12 direct, then single-, double- and triple-indirect), or for a short symlink the
 * target itself in their 60 bytes. {@link #encodeInto} writes these fields only; the rest of the
 * slot (the OS-dependent words, the extra fields of a large inode) keeps what it held.
 *
 * <pre>
 *  0 mode.16  2 uid.16  4 size  8 atime  12 ctime  16 mtime  20 dtime  24 gid.16  26 links.16
 * 28 blocks (512-byte units)  32 flags  36 osd1  40 block[15]  100 generation  104 file_acl
 * 108 size_high  112 faddr  116 blocks_hi.16 118 file_acl_high.16 120 uid_high.16 122 gid_high.16
 * 128 extra_isize.16 (inodes larger than 128 bytes)
 * </pre>
 */
public record Inode(int mode, long uid, long gid, long size, long atime, long ctime, long mtime, long dtime,
        int links, long sectors, int flags, int[] block) {

    public static final int POINTERS = 15;
    public static final int DIRECT = 12;
    public static final int SINGLE = 12;
    public static final int DOUBLE = 13;
    public static final int TRIPLE = 14;
    /** The bytes of {@link #block}: a symlink target shorter than this lives there ("fast" symlink). */
    public static final int INLINE_BYTES = POINTERS * 4;
    /** The extra bytes Strata gives a new inode in a table of inodes larger than 128 bytes, as mke2fs does. */
    public static final int EXTRA_ISIZE = 32;
    /** A hashed (dir_index) directory: its first block holds the index, read linearly as an empty entry. */
    public static final int INDEX_FLAG = 0x1000;

    public static final int ROOT = 2;
    private static final int GOOD_OLD_SIZE = Superblock.GOOD_OLD_INODE_SIZE;
    public static final int LOST_AND_FOUND = 11;

    public Inode {
        block = block.clone();
        if (block.length != POINTERS) {
            throw new IllegalArgumentException("an inode has " + POINTERS + " block pointers, not " + block.length);
        }
    }

    @Override
    public int[] block() {
        return block.clone();
    }

    public long pointer(int index) {
        return Integer.toUnsignedLong(block[index]);
    }

    public FileType type() {
        return FileType.ofMode(mode);
    }

    public int permissions() {
        return mode & ~FileType.MASK;
    }

    /** A fresh inode of {@code type} with these permissions, owner and time, no blocks and no links yet. */
    public static Inode create(FileType type, int permissions, long uid, long gid, long time) {
        return new Inode(type.modeBits() | (permissions & 0xfff), uid, gid, 0, time, time, time, 0, 0, 0, 0,
                new int[POINTERS]);
    }

    public Inode withBlocks(int[] pointers, long size, long sectorCount) {
        return new Inode(mode, uid, gid, size, atime, ctime, mtime, dtime, links, sectorCount, flags, pointers);
    }

    public Inode withLinks(int count) {
        return new Inode(mode, uid, gid, size, atime, ctime, mtime, dtime, count, sectors, flags, block);
    }

    public Inode withFlags(int value) {
        return new Inode(mode, uid, gid, size, atime, ctime, mtime, dtime, links, sectors, value, block);
    }

    /** This inode changed at {@code time}: its contents (mtime) and the inode itself (ctime). */
    public Inode modifiedAt(long time) {
        return new Inode(mode, uid, gid, size, atime, time, time, dtime, links, sectors, flags, block);
    }

    public static Inode decode(byte[] bytes, int offset) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, GOOD_OLD_SIZE).slice().order(ByteOrder.LITTLE_ENDIAN);
        int[] pointers = new int[POINTERS];
        for (int i = 0; i < POINTERS; i++) {
            pointers[i] = b.getInt(40 + 4 * i);
        }
        long uid = Superblock.u16(b, 2) | (long) Superblock.u16(b, 120) << 16;
        long gid = Superblock.u16(b, 24) | (long) Superblock.u16(b, 122) << 16;
        long size = Superblock.u32(b, 4) | Superblock.u32(b, 108) << 32;
        long sectors = Superblock.u32(b, 28) | (long) Superblock.u16(b, 116) << 32;
        return new Inode(Superblock.u16(b, 0), uid, gid, size, Superblock.u32(b, 8), Superblock.u32(b, 12),
                Superblock.u32(b, 16), Superblock.u32(b, 20), Superblock.u16(b, 26), sectors, b.getInt(32), pointers);
    }

    public void encodeInto(byte[] bytes, int offset) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, GOOD_OLD_SIZE).slice().order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(0, (short) mode).putShort(2, (short) uid).putInt(4, (int) size).putInt(8, (int) atime)
                .putInt(12, (int) ctime).putInt(16, (int) mtime).putInt(20, (int) dtime).putShort(24, (short) gid)
                .putShort(26, (short) links).putInt(28, (int) sectors).putInt(32, flags)
                .putInt(108, (int) (size >>> 32))
                .putShort(116, (short) (sectors >>> 32)).putShort(120, (short) (uid >>> 16))
                .putShort(122, (short) (gid >>> 16));
        for (int i = 0; i < POINTERS; i++) {
            b.putInt(40 + 4 * i, block[i]);
        }
    }
}
