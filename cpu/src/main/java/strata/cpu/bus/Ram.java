package strata.cpu.bus;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A block of memory held as a byte array: the machine's RAM, or a ROM (the same storage, but the
 * {@link Bus} drops the guest's writes to it). Values are little-endian, as RISC-V is.
 *
 * <p>The static accessors are what the interpreter's fast path calls on the array directly: they
 * read and write through VarHandles, which compile to single (possibly unaligned) machine loads
 * and stores.
 */
public final class Ram {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    private final long base;
    private final byte[] bytes;

    Ram(long base, byte[] bytes) {
        this.base = base;
        this.bytes = bytes;
    }

    /** The physical address of the first byte. */
    public long base() {
        return base;
    }

    public int size() {
        return bytes.length;
    }

    /** The live contents; index {@code i} is physical address {@code base + i}. */
    public byte[] bytes() {
        return bytes;
    }

    /** True if all {@code width} bytes at {@code address} lie in this block. */
    public boolean contains(long address, int width) {
        return address >= base && address + width <= base + bytes.length;
    }

    /** The {@code width}-byte value at {@code offset} (1, 2 or 4), zero-extended. */
    public int read(int offset, int width) {
        return switch (width) {
            case 1 -> bytes[offset] & 0xff;
            case 2 -> short16(bytes, offset) & 0xffff;
            default -> int32(bytes, offset);
        };
    }

    /** Writes the low {@code width} bytes (1, 2 or 4) of {@code value} at {@code offset}. */
    public void write(int offset, int width, int value) {
        switch (width) {
            case 1 -> bytes[offset] = (byte) value;
            case 2 -> setShort16(bytes, offset, value);
            default -> setInt32(bytes, offset, value);
        }
    }

    public static int int32(byte[] bytes, int offset) {
        return (int) INT.get(bytes, offset);
    }

    public static short short16(byte[] bytes, int offset) {
        return (short) SHORT.get(bytes, offset);
    }

    public static void setInt32(byte[] bytes, int offset, int value) {
        INT.set(bytes, offset, value);
    }

    public static void setShort16(byte[] bytes, int offset, int value) {
        SHORT.set(bytes, offset, (short) value);
    }
}
