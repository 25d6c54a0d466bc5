package strata.cpu.dev.virtio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A disk image file that the guest's writes change ({@code strata exec --disk-write}). Each write
 * is handed to the host's file system before {@link #write} returns, so it is in the file before
 * the device reports the request done: killing the emulator afterwards loses nothing. A flush
 * request forces the file to the host's storage, as QEMU's default write-back cache does.
 */
public final class WriteThroughDisk implements DiskImage {
    private final FileChannel file;
    private final long sectors;

    private WriteThroughDisk(FileChannel file) throws IOException {
        this.file = file;
        this.sectors = DiskImage.sectorsOf(file.size());
    }

    /** Opens {@code image} for reading and writing; fails as the file system does (no file, read-only). */
    public static WriteThroughDisk open(Path image) throws IOException {
        return new WriteThroughDisk(FileChannel.open(image, StandardOpenOption.READ, StandardOpenOption.WRITE));
    }

    @Override
    public long sectors() {
        return sectors;
    }

    @Override
    public void read(long sector, byte[] buffer, int offset, int length) throws IOException {
        ImageFiles.readPadded(file, sector * SECTOR_SIZE, ByteBuffer.wrap(buffer, offset, length));
    }

    @Override
    public void write(long sector, byte[] buffer, int offset, int length) throws IOException {
        ByteBuffer from = ByteBuffer.wrap(buffer, offset, length);
        long position = sector * SECTOR_SIZE;
        while (from.hasRemaining()) {
            position += file.write(from, position);
        }
    }

    @Override
    public void flush() throws IOException {
        file.force(false);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
