package strata.assembler.asm.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strata.assembler.asm.symbol.Sequence;

/**
 * The RISC-V mapping symbols of a code section: {@code $x} where instructions start, {@code $d}
 * where data starts, and at the section's first instruction {@code $x} followed by the
 * architecture string, so a disassembler knows what it is looking at. Data sections get none.
 *
 * <p>Marks are recorded as they are emitted and resolved at the end, like GNU {@code as} does:
 * of several marks at one address only the last survives (keeping the architecture in the name
 * if an earlier one had it), and a mark at the very end of the section is dropped.
 */
public final class MappingSymbols {
    /** The first {@code $x} of a section names the architecture, as GNU's does. */
    public static final String ARCH_NAME = "$x" + Architecture.NAME;
    public static final String CODE = "$x";
    public static final String DATA = "$d";

    private enum State { NONE, CODE, DATA }

    /** One mark: its place, its name and its place in the symbol list. */
    private record Mark(Position position, String name, int order) {
    }

    /** A surviving mapping symbol: its offset, name and place in the symbol list. */
    public record Resolved(int address, String name, int order) {
    }

    private final List<Mark> marks = new ArrayList<>();
    private final Sequence sequence;
    private State state = State.NONE;
    private boolean archDone;

    public MappingSymbols(Sequence sequence) {
        this.sequence = sequence;
    }

    private void mark(Position position, String name) {
        marks.add(new Mark(position, name, sequence.next()));
    }

    /** An instruction is about to be emitted at {@code where}. */
    public void instruction(Position where) {
        if (!archDone) {
            archDone = true;
            state = State.CODE;
            mark(where, ARCH_NAME);
        } else if (state != State.CODE) {
            state = State.CODE;
            mark(where, CODE);
        }
    }

    /** Data is about to be emitted at {@code where}. */
    public void data(Position where) {
        if (state != State.DATA) {
            state = State.DATA;
            mark(where, DATA);
        }
    }

    /** Code alignment padding starts at {@code where}. */
    public void alignment(Position where) {
        instruction(where);
    }

    /**
     * Odd code padding starts with a zero byte, which is marked as data. If a mark already stood
     * where the padding starts (the {@code $x} of padding after data), the data mark displaces it
     * and code starts again after the zero byte, under the architecture name if the displaced
     * mark had it; that is what binutils 2.40 does. Called once the padding is known, so these
     * marks come after all others.
     */
    public void oddPadding(AlignFragment padding) {
        Mark displaced = null;
        for (Mark mark : marks) {
            if (mark.position().address() == padding.address()) {
                displaced = mark;
            }
        }
        mark(new Position(padding, 0), DATA);
        if (displaced != null) {
            mark(new Position(padding, 1), displaced.name().equals(ARCH_NAME) ? ARCH_NAME : CODE);
        }
    }

    /** The surviving marks, by address, for a section of {@code size} bytes laid out. */
    public List<Resolved> resolve(int size) {
        Map<Integer, Resolved> byAddress = new LinkedHashMap<>();
        for (Mark mark : marks) {
            int address = mark.position().address();
            Resolved earlier = byAddress.remove(address);
            boolean keepArch = earlier != null && earlier.name().equals(ARCH_NAME) && mark.name().equals(CODE);
            byAddress.put(address, keepArch ? earlier : new Resolved(address, mark.name(), mark.order()));
        }
        byAddress.remove(size);
        return new ArrayList<>(byAddress.values());
    }
}
