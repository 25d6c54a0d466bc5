package strata.assembler.elf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Little-endian reads from the bytes of a file, each checked against the file's end. Every read
 * names what it reads, so a short or damaged file gives a message saying which structure runs
 * past the end, and never an index exception.
 */
final class ElfInput {
    private final byte[] bytes;

    ElfInput(byte[] bytes) {
        this.bytes = bytes;
    }

    int length() {
        return bytes.length;
    }

    int u8(long offset, String what) throws ElfFormatException {
        require(offset, 1, what);
        return bytes[(int) offset] & 0xff;
    }

    int u16(long offset, String what) throws ElfFormatException {
        require(offset, 2, what);
        int at = (int) offset;
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    /** A 32-bit field as the signed int of the same bits (addresses and addends alike). */
    int i32(long offset, String what) throws ElfFormatException {
        require(offset, 4, what);
        int at = (int) offset;
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16
                | (bytes[at + 3] & 0xff) << 24;
    }

    /** A 32-bit field as an unsigned number, for offsets and sizes. */
    long u32(long offset, String what) throws ElfFormatException {
        return Integer.toUnsignedLong(i32(offset, what));
    }

    byte[] slice(long offset, long size, String what) throws ElfFormatException {
        require(offset, size, what);
        return Arrays.copyOfRange(bytes, (int) offset, (int) (offset + size));
    }

    /** The NUL-terminated string at {@code offset} within the table {@code [start, start+size)}. */
    String string(long start, long size, long offset, String table) throws ElfFormatException {
        if (offset >= size) {
            throw new ElfFormatException(String.format(
                    "name offset 0x%x is outside %s (0x%x bytes)", offset, table, size));
        }
        long end = start + offset;
        while (end < start + size && bytes[(int) end] != 0) {
            end++;
        }
        if (end == start + size) {
            throw new ElfFormatException(String.format(
                    "the string at offset 0x%x of %s has no terminating NUL", offset, table));
        }
        return new String(bytes, (int) (start + offset), (int) (end - start - offset), StandardCharsets.UTF_8);
    }

    /** Checks that {@code [offset, offset+size)} lies inside the file. */
    void require(long offset, long size, String what) throws ElfFormatException {
        if (offset < 0 || size < 0 || offset + size > bytes.length) {
            throw new ElfFormatException(String.format(
                    "%s (file bytes 0x%x to 0x%x) runs past the end of the file (0x%x bytes)",
                    what, offset, offset + size, bytes.length));
        }
    }
}
