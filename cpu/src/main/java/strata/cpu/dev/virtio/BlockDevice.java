package strata.cpu.dev.virtio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import strata.cpu.bus.Ram;

/**
 * A virtio block device (virtio 1.2, 5.2) on a {@link DiskImage}, serving requests as QEMU 7.2's
 * virtio-blk does. It offers SEG_MAX, BLK_SIZE, FLUSH and TOPOLOGY (the transport adds
 * INDIRECT_DESC, EVENT_IDX and, by layout, NOTIFY_ON_EMPTY or VERSION_1); QEMU's GEOMETRY,
 * CONFIG_WCE, DISCARD and WRITE_ZEROES are not offered.
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
 * </table>
 *
 * <p>The type is taken without its OUT bit and the legacy BARRIER bit 31, as QEMU takes it; any
 * other type is UNSUPP. A chain without a readable 16-byte header or without a writable byte for
 * the status is a driver error.
 */
final class BlockDevice implements VirtioDevice {
    static final int DEVICE_ID = 2;
    static final long F_SEG_MAX = 1L << 2, F_BLK_SIZE = 1L << 6, F_FLUSH = 1L << 9, F_TOPOLOGY = 1L << 10;
    static final int T_IN = 0, T_OUT = 1, T_FLUSH = 4, T_GET_ID = 8, T_BARRIER = 0x80000000;
    static final int S_OK = 0, S_IOERR = 1, S_UNSUPP = 2;
    static final int HEADER = 16;
    /** QEMU's seg_max: its default queue size less the header and status descriptors. */
    static final int SEG_MAX = Virtqueue.DEFAULT_SIZE - 2;
    /** The configuration space: capacity through num_queues (QEMU's without DISCARD and WRITE_ZEROES). */
    static final int CONFIG_SIZE = 0x24;
    /** Data moves between the disk and guest RAM in pieces of at most this many bytes. */
    private static final int CHUNK = 64 * 1024;

    private final DiskImage disk;

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
        return F_SEG_MAX | F_BLK_SIZE | F_FLUSH | F_TOPOLOGY;
    }

    @Override
    public int queues() {
        return 1;
    }

    /**
     * capacity (u64, sectors) at 0x00, size_max 0 at 0x08, seg_max at 0x0c, geometry 0 at 0x10,
     * blk_size 512 at 0x14, topology 0 at 0x18, writeback 1 at 0x20 (writes reach the host at
     * once, flushes reach its storage), num_queues 1 at 0x22.
     */
    @Override
    public byte[] config() {
        ByteBuffer config = ByteBuffer.allocate(CONFIG_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        config.putLong(0x00, disk.sectors());
        config.putInt(0x0c, SEG_MAX);
        config.putInt(0x14, DiskImage.SECTOR_SIZE);
        config.put(0x20, (byte) 1);
        config.putShort(0x22, (short) 1);
        return config.array();
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
            return S_OK;
        } catch (IOException e) {
            return S_IOERR;
        }
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
