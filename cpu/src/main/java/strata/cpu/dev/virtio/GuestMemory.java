package strata.cpu.dev.virtio;

import java.util.Arrays;
import strata.cpu.bus.Bus;
import strata.cpu.bus.Ram;

/**
 * The guest's RAM as a device reaches it by DMA: rings, descriptor tables and buffers must lie
 * wholly in RAM (not in a ROM or a device's registers), or the driver made a mistake. Values are
 * little-endian. Writes go through the bus, so whoever watches a page (the decode cache, HTIF)
 * hears of them.
 */
final class GuestMemory {
    /** Physical addresses are 34 bits (Sv32); anything above lies outside every memory. */
    private static final long ADDRESS_LIMIT = 1L << 34;

    private final Bus bus;

    GuestMemory(Bus bus) {
        this.bus = bus;
    }

    /** True if all {@code length} bytes at {@code address} (a 64-bit value from the guest) are RAM. */
    boolean isRam(long address, long length) {
        Ram ram = bus.ram();
        return ram != null && address >= 0 && address < ADDRESS_LIMIT && length >= 0 && length <= ram.size()
                && ram.contains(address, (int) length);
    }

    /** Checks that {@code what} lies in RAM, or fails with a message naming it. */
    void require(long address, long length, String what) throws DriverError {
        if (!isRam(address, length)) {
            throw new DriverError(String.format("%s at 0x%x (%d bytes) is not in RAM", what, address, length));
        }
    }

    /** The {@code length} bytes at {@code address}, which the caller has checked are RAM. */
    byte[] read(long address, int length) {
        return bus.readBytes(address, length);
    }

    /** Writes {@code length} bytes of {@code data} from {@code offset} at {@code address}, checked RAM. */
    void write(long address, byte[] data, int offset, int length) {
        byte[] bytes = offset == 0 && length == data.length ? data : Arrays.copyOfRange(data, offset, offset + length);
        bus.writeBytes(address, bytes);
    }

    int u16(long address) {
        byte[] bytes = read(address, 2);
        return (bytes[0] & 0xff) | (bytes[1] & 0xff) << 8;
    }

    int u32(long address) {
        return Ram.int32(read(address, 4), 0);
    }

    long u64(long address) {
        byte[] bytes = read(address, 8);
        return Integer.toUnsignedLong(Ram.int32(bytes, 0)) | (long) Ram.int32(bytes, 4) << 32;
    }

    void putU16(long address, int value) {
        write(address, new byte[] {(byte) value, (byte) (value >>> 8)}, 0, 2);
    }

    void putU32(long address, int value) {
        byte[] bytes = new byte[4];
        Ram.setInt32(bytes, 0, value);
        write(address, bytes, 0, 4);
    }
}
