package strata.assembler.asm.section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bytes whose size is known when they are emitted, with the fixups that patch them. A run of
 * repeated bytes ({@code .space}, {@code .fill}) ends the fragment; GNU holds such a run in the
 * variable part of its frag, which {@link #fixedSize()} leaves out.
 */
public final class FixedFragment extends Fragment {
    private byte[] bytes = new byte[64];
    private int length;
    private int variableFrom = -1;
    private final List<Fixup> fixups = new ArrayList<>();

    public FixedFragment(SectionState section) {
        super(section);
    }

    @Override
    public int size() {
        return length;
    }

    @Override
    public int fixedSize() {
        return variableFrom < 0 ? length : variableFrom;
    }

    /**
     * Appends {@code count} copies of the low {@code size} bytes of {@code value} as the repeated
     * run that ends this fragment.
     */
    public void appendRun(long count, int size, long value) {
        if (count > 0 && size > 0) {
            variableFrom = length;
        }
        for (long i = 0; i < count; i++) {
            appendLittleEndian(value, size);
        }
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
