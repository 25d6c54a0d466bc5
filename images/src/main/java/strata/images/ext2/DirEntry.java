package strata.images.ext2;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One directory entry as it lies in a directory block: the inode it names (0 for an unused
 * entry), its record length (to the next entry, or the end of the block for the last), the name's
 * length, the file type code (with the {@code filetype} feature; without it the name length has
 * 16 bits and there is no type) and the name, padded to 4 bytes.
 *
 * <pre>
 * 0 inode  4 rec_len.16  6 name_len.8  7 file_type.8  8 name[name_len]
 * </pre>
 */
public record DirEntry(int offset, long inode, int recordLength, int fileType, byte[] name) {

    public static final int HEADER = 8;
    public static final int MAX_NAME = 255;

    public DirEntry {
        name = name.clone();
    }

    @Override
    public byte[] name() {
        return name.clone();
    }

    public String nameText() {
        return new String(name, StandardCharsets.UTF_8);
    }

    public boolean nameIs(byte[] other) {
        return Arrays.equals(name, other);
    }

    public boolean used() {
        return inode != 0;
    }

    /** The bytes an entry with a name of {@code length} bytes needs: the header and the name, to 4 bytes. */
    public static int sizeFor(int length) {
        return (HEADER + length + 3) & ~3;
    }

    /** The bytes this entry needs; an unused entry needs none, its whole record is free. */
    public int needed() {
        return used() ? sizeFor(name.length) : 0;
    }

    /**
     * The entries of one directory block, checked as e2fsck does: every record at least a header
     * long, a multiple of 4, holding its name and ending inside the block. A record length of 0
     * would make a reader loop on the same entry forever; it is reported like any other.
     *
     * @param where names the block in messages ("directory inode 12, block 3")
     */
    public static List<DirEntry> parseBlock(byte[] bytes, int start, int blockSize, boolean fileTypes,
            String where) {
        ByteBuffer b = ByteBuffer.wrap(bytes, start, blockSize).slice().order(ByteOrder.LITTLE_ENDIAN);
        List<DirEntry> entries = new ArrayList<>();
        int offset = 0;
        while (offset < blockSize) {
            if (blockSize - offset < HEADER) {
                throw corrupt(where, offset, "leaves " + (blockSize - offset) + " bytes, less than an entry's header");
            }
            long inode = Superblock.u32(b, offset);
            int recordLength = Superblock.u16(b, offset + 4);
            int nameLength = fileTypes ? Byte.toUnsignedInt(b.get(offset + 6)) : Superblock.u16(b, offset + 6);
            int type = fileTypes ? Byte.toUnsignedInt(b.get(offset + 7)) : 0;
            if (recordLength < HEADER || recordLength % 4 != 0 || offset + recordLength > blockSize) {
                throw corrupt(where, offset, "has the record length " + recordLength
                        + " (it must be a multiple of 4, at least " + HEADER + ", ending inside the block)");
            }
            if (HEADER + nameLength > recordLength && inode != 0) {
                throw corrupt(where, offset, "has a name of " + nameLength + " bytes in a record of " + recordLength);
            }
            byte[] name = new byte[inode == 0 ? 0 : nameLength];
            b.get(offset + HEADER, name);
            entries.add(new DirEntry(offset, inode, recordLength, type, name));
            offset += recordLength;
        }
        return entries;
    }

    /** Writes this entry at {@code start + offset()}, with the name's padding zeroed. */
    public void encodeInto(byte[] bytes, int start, boolean fileTypes) {
        ByteBuffer b = ByteBuffer.wrap(bytes, start + offset, recordLength).slice().order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, (int) inode).putShort(4, (short) recordLength);
        if (fileTypes) {
            b.put(6, (byte) name.length).put(7, (byte) fileType);
        } else {
            b.putShort(6, (short) name.length);
        }
        b.put(HEADER, name);
        Arrays.fill(bytes, start + offset + HEADER + name.length, start + offset + Math.min(recordLength,
                sizeFor(name.length)), (byte) 0);
    }

    public DirEntry withRecordLength(int length) {
        return new DirEntry(offset, inode, length, fileType, name);
    }

    public DirEntry unused() {
        return new DirEntry(offset, 0, recordLength, 0, new byte[0]);
    }

    private static Ext2Exception corrupt(String where, int offset, String problem) {
        return new Ext2Exception("corrupt directory: " + where + ": the entry at byte " + offset + " " + problem);
    }
}
