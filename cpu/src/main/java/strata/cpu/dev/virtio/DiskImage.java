package strata.cpu.dev.virtio;

import java.io.Closeable;
import java.io.IOException;

/**
 * The storage behind a block device: a disk image file, seen in 512-byte sectors. The device
 * reads and writes whole sectors only; a write has reached the host (so it survives the emulator
 * being killed) when {@link #write} returns, and the host's own storage when {@link #flush}
 * returns.
 *
 * <p>An image whose size is not a multiple of 512 has a last, partial sector, as on QEMU: its
 * capacity rounds up, the bytes past the end of the file read as zeros, and a write there makes
 * the image a whole sector longer.
 */
public sealed interface DiskImage extends Closeable permits WriteThroughDisk, OverlayDisk {
    int SECTOR_SIZE = 512;

    /** The number of sectors, the last one possibly partial in the file. */
    long sectors();

    /** Reads {@code length} bytes (whole sectors) from sector {@code sector} into {@code buffer} at {@code offset}. */
    void read(long sector, byte[] buffer, int offset, int length) throws IOException;

    /** Writes {@code length} bytes (whole sectors) from {@code buffer} at {@code offset} to sector {@code sector}. */
    void write(long sector, byte[] buffer, int offset, int length) throws IOException;

    /** Puts every write so far on the host's storage. */
    void flush() throws IOException;

    /** The sectors of a file of {@code bytes} bytes: a partial last sector counts, as QEMU counts it. */
    static long sectorsOf(long bytes) {
        return (bytes + SECTOR_SIZE - 1) / SECTOR_SIZE;
    }
}
