package strata.cpu.dev.virtio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import strata.cpu.bus.Ram;

/**
 * A virtio block device (virtio 1.2, 5.2) on a {@link DiskImage}, serving requests as QEMU 7.2's
 * virtio-blk does. It offers SEG_MAX, BLK_SIZE, FLUSH, TOPOLOGY, CONFIG_WCE, DISCARD and
 * WRITE_ZEROES (the transport adds INDIRECT_DESC, EVENT_IDX and, by layout, NOTIFY_ON_EMPTY or
 * VERSION_1); QEMU's GEOMETRY (and SCSI in the legacy layout) is not offered.
 *
 * <p>The write cache is QEMU's too: write-back at first (the writeback byte of the configuration
 * reads 1: a write is in the file when it completes, a flush puts it on the host's storage). A
 * driver that takes CONFIG_WCE switches it by writing that byte; at DRIVER_OK, one that did not
 * take CONFIG_WCE gets write-back if it took FLUSH and write-through if not (it could never
 * flush). Write-through flushes after every write. A reset brings back write-back.
 *
 * <p>A request is a 16-byte header the device reads (u32 type, u32 reserved, u64 sector), data,
 * and a status byte the device writes last: OK 0, IOERR 1, UNSUPP 2. The used length is every
 * byte the driver let the device write, data and status, whatever the outcome (QEMU's in_len).
 *
 * <table>
 *   <caption>Requests</caption>
 *   <tr><th>type</th><th>done</th><th>IOERR when</th></tr>
 *   <tr><td>IN 0</td><td>reads sectors into the writable data</td>
 *       <td>the data is not whole sectors, or runs past the last sector; the host fails</td></tr>
 *   <tr><td>OUT 1</td><td>writes the readable data after the header to sectors</td><td>the same</td></tr>
 *   <tr><td>FLUSH 4</td><td>puts the writes on the host's storage</td><td>the host fails</td></tr>
 *   <tr><td>GET_ID 8</td><td>writes the serial number, NUL-terminated, at most 20 bytes:
 *       empty, as QEMU's without {@code serial=}</td><td>never</td></tr>
 *   <tr><td>DISCARD 11</td><td>nothing: the data stays, as on QEMU's drives without
 *       {@code discard=unmap}</td><td>more than {@link #MAX_DISCARD} sectors, or out of range</td></tr>
 *   <tr><td>WRITE_ZEROES 13</td><td>zeros the sectors</td><td>the same; the host fails</td></tr>
 * </table>
 *
 * <p>DISCARD and WRITE_ZEROES carry one 16-byte segment after the header (u64 sector, u32
 * sectors, u32 flags): more is UNSUPP, less a driver error. A flag other than UNMAP, or UNMAP on a
 * discard, is UNSUPP, as QEMU answers them.
 *
 * <p>The type is taken without its OUT bit and the legacy BARRIER bit 31, as QEMU takes it; any
 * other type is UNSUPP. A chain without a readable 16-byte header or without a writable byte for
 * the status is a driver error.
 */
final class BlockDevice implements VirtioDevice {
    static final int DEVICE_ID = 2;
    static final long F_SEG_MAX = 1L << 2, F_BLK_SIZE = 1L << 6, F_FLUSH = 1L << 9, F_TOPOLOGY = 1L << 10,
            F_CONFIG_WCE = 1L << 11, F_DISCARD = 1L << 13, F_WRITE_ZEROES = 1L << 14;
    static final int T_IN = 0, T_OUT = 1, T_FLUSH = 4, T_GET_ID = 8, T_DISCARD = 11, T_WRITE_ZEROES = 13,
            T_BARRIER = 0x80000000;
    static final int S_OK = 0, S_IOERR = 1, S_UNSUPP = 2;
    static final int HEADER = 16;
    /** QEMU's seg_max: its default queue size less the header and status descriptors. */
    static final int SEG_MAX = Virtqueue.DEFAULT_SIZE - 2;
    /** The configuration space: capacity through write_zeroes_may_unmap, as QEMU's. */
    static final int CONFIG_SIZE = 0x39;
    /** The most sectors one DISCARD or WRITE_ZEROES may name (QEMU's default). */
    static final int MAX_DISCARD = 0x3fffff;
    /** The discard and write-zeroes segment: sector, count, flags; and its one flag. */
    private static final int SEGMENT = 16, UNMAP = 1;
    private static final int WRITEBACK = 0x20;
    /** Data moves between the disk and guest RAM in pieces of at most this many bytes. */
    private static final int CHUNK = 64 * 1024;

    private final DiskImage disk;
    /** The write cache is on: writes need not reach the host's storage before they complete. */
    private boolean writeback = true;

    BlockDevice(DiskImage disk) {
        this.disk = disk;
    }

    @Override
    public int deviceId() {
        return DEVICE_ID;
    }

    @Override
    public String name() {
        return "virtio-blk";
    }

    @Override
    public long features() {
        return F_SEG_MAX | F_BLK_SIZE | F_FLUSH | F_TOPOLOGY | F_CONFIG_WCE | F_DISCARD | F_WRITE_ZEROES;
    }

    @Override
    public int queues() {
        return 1;
    }

    /**
     * capacity (u64, sectors) at 0x00, size_max 0 at 0x08, seg_max at 0x0c, geometry 0 at 0x10,
     * blk_size 512 at 0x14, topology 0 at 0x18, writeback at 0x20, num_queues 1 at 0x22, then
     * max_discard_sectors,
     * max_discard_seg 1, discard_sector_alignment 1 (sector), max_write_zeroes_sectors,
     * max_write_zeroes_seg 1 and write_zeroes_may_unmap 1 from 0x24.
     */
    @Override
    public byte[] config() {
        ByteBuffer config = ByteBuffer.allocate(CONFIG_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        config.putLong(0x00, disk.sectors());
        config.putInt(0x0c, SEG_MAX);
        config.putInt(0x14, DiskImage.SECTOR_SIZE);
        config.put(WRITEBACK, (byte) (writeback ? 1 : 0));
        config.putShort(0x22, (short) 1);
        config.putInt(0x24, MAX_DISCARD).putInt(0x28, 1).putInt(0x2c, 1);
        config.putInt(0x30, MAX_DISCARD).putInt(0x34, 1).put(0x38, (byte) 1);
        return config.array();
    }

    /** Only the writeback byte can change; QEMU takes it from the whole space as written. */
    @Override
    public void writeConfig(int offset, int width, int value) {
        if (offset + width <= CONFIG_SIZE && offset <= WRITEBACK && WRITEBACK < offset + width) {
            writeback = (value >>> 8 * (WRITEBACK - offset) & 0xff) != 0;
        }
    }

    @Override
    public void statusWritten(int status, long negotiated) {
        if ((status & VirtioMmio.DRIVER_OK) != 0 && (negotiated & F_CONFIG_WCE) == 0) {
            writeback = (negotiated & F_FLUSH) != 0;
        }
    }

    @Override
    public void reset() {
        writeback = true;
    }

    @Override
    public int serve(int queue, Chain chain, GuestMemory memory) throws DriverError {
        long readable = chain.readableLength();
        long writable = chain.writableLength();
        if (readable < HEADER || writable < 1) {
            throw new DriverError("a block request needs a 16-byte header and a status byte (it has " + readable
                    + " bytes to read, " + writable + " to write)");
        }
        byte[] header = chain.gather(memory, 0, HEADER);
        int type = Ram.int32(header, 0);
        long sector = Ram.int32(header, 8) & 0xffffffffL | (long) Ram.int32(header, 12) << 32;
        int status = switch (type & ~(T_OUT | T_BARRIER)) {
            case T_IN -> (type & T_OUT) != 0 ? write(chain, memory, sector, readable - HEADER)
                    : read(chain, memory, sector, writable - 1);
            case T_FLUSH -> flush();
            case T_GET_ID -> id(chain, memory, writable - 1);
            case T_DISCARD & ~T_OUT, T_WRITE_ZEROES & ~T_OUT -> (type & T_OUT) == 0 || readable > HEADER + SEGMENT
                    ? S_UNSUPP : discardOrZero((type & ~T_BARRIER) == T_WRITE_ZEROES, chain, memory, readable);
            default -> S_UNSUPP;
        };
        chain.scatter(memory, writable - 1, new byte[] {(byte) status}, 0, 1);
        return (int) writable;
    }

    /** True if {@code bytes} from {@code sector} are whole sectors within the disk (QEMU's sect_range_ok). */
    private boolean inRange(long sector, long bytes) {
        long count = bytes / DiskImage.SECTOR_SIZE;
        return bytes % DiskImage.SECTOR_SIZE == 0 && Long.compareUnsigned(sector, disk.sectors()) <= 0
                && count <= disk.sectors() - sector;
    }

    private int read(Chain chain, GuestMemory memory, long sector, long bytes) {
        if (!inRange(sector, bytes)) {
            return S_IOERR;
        }
        byte[] buffer = new byte[(int) Math.min(CHUNK, bytes)];
        try {
            for (long done = 0; done < bytes; done += buffer.length) {
                int n = (int) Math.min(buffer.length, bytes - done);
                disk.read(sector + done / DiskImage.SECTOR_SIZE, buffer, 0, n);
                chain.scatter(memory, done, buffer, 0, n);
            }
            return S_OK;
        } catch (IOException e) {
            return S_IOERR;
        }
    }

    private int write(Chain chain, GuestMemory memory, long sector, long bytes) {
        if (!inRange(sector, bytes)) {
            return S_IOERR;
        }
        try {
            for (long done = 0; done < bytes; done += CHUNK) {
                int n = (int) Math.min(CHUNK, bytes - done);
                disk.write(sector + done / DiskImage.SECTOR_SIZE, chain.gather(memory, HEADER + done, n), 0, n);
            }
            return writeThrough();
        } catch (IOException e) {
            return S_IOERR;
        }
    }

    /** DISCARD or WRITE_ZEROES, in QEMU's order of checks: count, range, flags. */
    private int discardOrZero(boolean zero, Chain chain, GuestMemory memory, long readable) throws DriverError {
        if (readable < HEADER + SEGMENT) {
            throw new DriverError("a discard or write-zeroes request without its 16-byte segment");
        }
        byte[] segment = chain.gather(memory, HEADER, SEGMENT);
        long sector = Ram.int32(segment, 0) & 0xffffffffL | (long) Ram.int32(segment, 4) << 32;
        long count = Integer.toUnsignedLong(Ram.int32(segment, 8));
        int flags = Ram.int32(segment, 12);
        if (count > MAX_DISCARD || !inRange(sector, count * DiskImage.SECTOR_SIZE)) {
            return S_IOERR;
        }
        if ((flags & ~UNMAP) != 0 || !zero && flags != 0) {
            return S_UNSUPP;
        }
        if (!zero) {
            return S_OK;
        }
        byte[] zeros = new byte[(int) Math.min(CHUNK, count * DiskImage.SECTOR_SIZE)];
        try {
            for (long done = 0; done < count; done += zeros.length / DiskImage.SECTOR_SIZE) {
                int n = (int) Math.min(zeros.length, (count - done) * DiskImage.SECTOR_SIZE);
                disk.write(sector + done, zeros, 0, n);
            }
            return writeThrough();
        } catch (IOException e) {
            return S_IOERR;
        }
    }

    /** OK, after a flush if the write cache is off. */
    private int writeThrough() throws IOException {
        if (!writeback) {
            disk.flush();
        }
        return S_OK;
    }

    private int flush() {
        try {
            disk.flush();
            return S_OK;
        } catch (IOException e) {
            return S_IOERR;
        }
    }

    /** The serial number is empty: just its NUL, if the driver gave room for a byte. */
    private int id(Chain chain, GuestMemory memory, long room) {
        if (room > 0) {
            chain.scatter(memory, 0, new byte[1], 0, 1);
        }
        return S_OK;
    }
}
