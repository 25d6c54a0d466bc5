package strata.assembler.asm.section;

import strata.assembler.asm.expr.Value;
import strata.assembler.asm.source.SourceLine;

/**
 * A conditional branch or a jal whose target is only known at the end. A conditional branch is
 * 4 bytes if its target lies in the same section within reach, and otherwise 8: the inverse
 * branch over a jal, as GNU {@code as} does even with relaxation off. A jal stays 4 bytes (GNU
 * assumes it reaches). {@code word} is the instruction with its registers and no offset.
 */
public final class BranchFragment extends Fragment {
    private final int word;
    private final boolean conditional;
    private final Value target;
    private final boolean relax;
    private final SourceLine line;
    private final int column;
    private int size;

    public BranchFragment(SectionState section, int word, boolean conditional, Value target, boolean relax,
                          SourceLine line, int column) {
        super(section);
        this.word = word;
        this.conditional = conditional;
        this.target = target;
        this.relax = relax;
        this.line = line;
        this.column = column;
        this.size = 4;
    }

    @Override
    public int size() {
        return size;
    }

    void setSize(int bytes) {
        size = bytes;
    }

    public int word() {
        return word;
    }

    public boolean conditional() {
        return conditional;
    }

    public Value target() {
        return target;
    }

    public boolean relax() {
        return relax;
    }

    public SourceLine line() {
        return line;
    }

    public int column() {
        return column;
    }
}
