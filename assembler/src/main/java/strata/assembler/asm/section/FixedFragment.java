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

    public void addFixup(Fixup fixup) {
        fixups.add(fixup);
    }

    public List<Fixup> fixups() {
        return fixups;
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
