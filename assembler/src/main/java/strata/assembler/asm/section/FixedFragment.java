package strata.assembler.asm.section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Bytes whose size is known when they are emitted, with the fixups that patch them. */
public final class FixedFragment extends Fragment {
    private byte[] bytes = new byte[64];
    private int length;
    private final List<Fixup> fixups = new ArrayList<>();

    public FixedFragment(SectionState section) {
        super(section);
    }

    @Override
    public int size() {
        return length;
    }

    public void appendByte(int value) {
        ensure(1);
        bytes[length++] = (byte) value;
    }

    /** Appends the low {@code size} bytes of {@code value}, little-endian. */
    public void appendLittleEndian(long value, int size) {
        ensure(size);
        for (int i = 0; i < size; i++) {
            bytes[length++] = (byte) (value >>> (8 * i));
        }
    }

    public void appendBytes(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, length, data.length);
        length += data.length;
    }

    public void appendFill(int count, int value) {
        ensure(count);
        Arrays.fill(bytes, length, length + count, (byte) value);
        length += count;
    }

    public void addFixup(Fixup fixup) {
        fixups.add(fixup);
    }

    public List<Fixup> fixups() {
        return fixups;
    }

    public int wordAt(int offset) {
        return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8
                | (bytes[offset + 2] & 0xff) << 16 | (bytes[offset + 3] & 0xff) << 24;
    }

    /** Overwrites {@code size} bytes at {@code offset} with {@code value}, little-endian. */
    public void put(int offset, long value, int size) {
        for (int i = 0; i < size; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    public void copyTo(byte[] into, int at) {
        System.arraycopy(bytes, 0, into, at, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
