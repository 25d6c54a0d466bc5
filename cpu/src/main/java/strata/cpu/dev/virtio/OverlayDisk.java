package strata.cpu.dev.virtio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * A disk image file under a copy-on-write overlay in memory, as QEMU's {@code -snapshot}: the
 * guest reads the file until it writes a sector, then its own copy of that sector; the file is
 * opened read-only and never changes. What the guest wrote is gone when the run ends. The
 * default of {@code strata exec --disk}.
 */
public final class OverlayDisk implements DiskImage {
    private final FileChannel file;
    private final long fileSize;
    /** The sectors the guest has written, by number. */
    private final Map<Long, byte[]> written = new HashMap<>();

    private OverlayDisk(FileChannel file) throws IOException {
        this.file = file;
        this.fileSize = file.size();
    }

    /** Opens {@code image} read-only; fails as the file system does. */
    public static OverlayDisk open(Path image) throws IOException {
        return new OverlayDisk(FileChannel.open(image, StandardOpenOption.READ));
    }

    @Override
    public long sectors() {
        return DiskImage.sectorsOf(fileSize);
    }

    /** Runs of sectors the guest has not written come from the file in one read each. */
    @Override
    public void read(long sector, byte[] buffer, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            byte[] copy = written.get(sector + done / SECTOR_SIZE);
            if (copy != null) {
                System.arraycopy(copy, 0, buffer, offset + done, SECTOR_SIZE);
                done += SECTOR_SIZE;
                continue;
            }
            int run = done + SECTOR_SIZE;
            while (run < length && !written.containsKey(sector + run / SECTOR_SIZE)) {
                run += SECTOR_SIZE;
            }
            ByteBuffer into = ByteBuffer.wrap(buffer, offset + done, run - done);
            ImageFiles.readPadded(file, sector * SECTOR_SIZE + done, into);
            done = run;
        }
    }

    @Override
    public void write(long sector, byte[] buffer, int offset, int length) {
        for (int done = 0; done < length; done += SECTOR_SIZE) {
            byte[] copy = new byte[SECTOR_SIZE];
            System.arraycopy(buffer, offset + done, copy, 0, SECTOR_SIZE);
            written.put(sector + done / SECTOR_SIZE, copy);
        }
    }

    /** Nothing to do: the writes live in memory only. */
    @Override
    public void flush() {
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
