package strata.assembler.asm.section;

import java.util.Arrays;
import strata.assembler.asm.source.SourceLine;

/**
 * {@code .org}: padding with a fill byte up to a given offset in the section, {@code offset} bytes
 * past {@code base} (a place in the section before this fragment), or past the section's start
 * when {@code base} is null. The padding shrinks as code before it grows; a target behind the
 * fragment is an error once layout has settled, as GNU {@code as} reports it ("attempt to move
 * .org backwards"), and until then the padding is empty.
 */
public final class OrgFragment extends Fragment {
    private final Position base;
    private final long offset;
    private final int fill;
    private final SourceLine line;
    private final int column;
    private long gap;

    public OrgFragment(SectionState section, Position base, long offset, int fill, SourceLine line, int column) {
        super(section);
        this.base = base;
        this.offset = offset;
        this.fill = fill;
        this.line = line;
        this.column = column;
    }

    @Override
    public int size() {
        return (int) Math.max(0, gap);
    }

    /** All of it is the variable part of GNU's frag. */
    @Override
    public int fixedSize() {
        return 0;
    }

    /** Recomputes the padding for the fragment's current address. */
    void place() {
        gap = target() - address();
    }

    /** The offset in the section the padding runs up to. */
    public long target() {
        return (base == null ? 0 : base.address()) + offset;
    }

    /** True if the target lies before the fragment. */
    public boolean backwards() {
        return gap < 0;
    }

    public byte[] contents() {
        byte[] bytes = new byte[size()];
        Arrays.fill(bytes, (byte) fill);
        return bytes;
    }

    public SourceLine line() {
        return line;
    }

    public int column() {
        return column;
    }
}
