package strata.assembler.asm.section;

/**
 * A piece of a section's contents. Most bytes live in {@link FixedFragment}s; the pieces whose
 * size depends on where they end up, branches that may need a longer form
 * ({@link BranchFragment}), alignment padding ({@link AlignFragment}) and {@code .org} padding
 * ({@link OrgFragment}), are fragments of their own, so layout can move everything after them.
 * The idea and the name come from GNU {@code as}'s frags, and so do the rules for when two labels
 * are a fixed distance apart.
 */
public abstract sealed class Fragment permits FixedFragment, BranchFragment, AlignFragment, OrgFragment {
    private final SectionState section;
    private int address;

    protected Fragment(SectionState section) {
        this.section = section;
    }

    public SectionState section() {
        return section;
    }

    /** The fragment's offset in its section; set by layout. */
    public int address() {
        return address;
    }

    void setAddress(int address) {
        this.address = address;
    }

    /** The fragment's size at the current stage of layout. */
    public abstract int size();

    /**
     * How many of its bytes, from its start, GNU {@code as} holds in the fixed part of a frag,
     * where a {@code .reloc} may point: runs of {@code .space} and {@code .fill} and alignment
     * padding are a frag's variable part instead.
     */
    public int fixedSize() {
        return size();
    }
}
