package strata.assembler.asm.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import strata.assembler.asm.symbol.Sequence;
import strata.assembler.object.Section;

/**
 * One output section while it is being assembled: its ELF type and flags, the largest alignment
 * asked of it, its fragments per subsection ({@code .text 1} goes after {@code .text 0}) and its
 * mapping symbols.
 */
public final class SectionState {
    private final String name;
    private final int index;
    private final int type;
    private final int flags;
    private final int entrySize;
    private int alignmentPower;
    private final Map<Integer, List<Fragment>> subsections = new TreeMap<>();
    private final MappingSymbols mapping;
    private int order;

    public SectionState(String name, int index, int type, int flags, int entrySize, Sequence sequence) {
        this.name = name;
        this.index = index;
        this.order = sequence.next();
        this.mapping = new MappingSymbols(sequence);
        this.type = type;
        this.flags = flags;
        this.entrySize = entrySize;
    }

    public String name() {
        return name;
    }

    /** The order the section was created in; sections are written in this order. */
    public int index() {
        return index;
    }

    /** Where the section's symbol comes in the symbol list ({@link Sequence}). */
    public int order() {
        return order;
    }

    /** Puts the section's symbol after every other local, before the attributes section's. */
    void placeSymbolLast() {
        order = Integer.MAX_VALUE - 1;
    }

    public int type() {
        return type;
    }

    public int flags() {
        return flags;
    }

    public int entrySize() {
        return entrySize;
    }

    public boolean isCode() {
        return (flags & Section.SHF_EXECINSTR) != 0;
    }

    public boolean isNobits() {
        return type == Section.SHT_NOBITS;
    }

    public int alignmentPower() {
        return alignmentPower;
    }

    /** Raises the section's alignment to at least {@code 2^power}. */
    public void recordAlignment(int power) {
        alignmentPower = Math.max(alignmentPower, power);
    }

    public MappingSymbols mapping() {
        return mapping;
    }

    private List<Fragment> fragments(int subsection) {
        return subsections.computeIfAbsent(subsection, k -> new ArrayList<>());
    }

    /** The fixed fragment at the end of {@code subsection}, started if the last one is not fixed. */
    public FixedFragment tail(int subsection) {
        List<Fragment> list = fragments(subsection);
        if (!list.isEmpty() && list.get(list.size() - 1) instanceof FixedFragment fixed) {
            return fixed;
        }
        FixedFragment fixed = new FixedFragment(this);
        list.add(fixed);
        return fixed;
    }

    /** The current end of {@code subsection}. */
    public Position here(int subsection) {
        FixedFragment tail = tail(subsection);
        return new Position(tail, tail.size());
    }

    /**
     * Ends the fixed fragment at the end of {@code subsection}, so what follows starts a new one.
     * GNU {@code as} starts a new frag after .space, .fill and instructions with a %hi or
     * %pcrel_hi relocation; branch relaxation sees labels relative to their frag, so ours follow
     * the same boundaries.
     */
    public void breakFragment(int subsection) {
        List<Fragment> list = fragments(subsection);
        if (!list.isEmpty() && list.get(list.size() - 1) instanceof FixedFragment fixed && fixed.size() > 0) {
            list.add(new FixedFragment(this));
        }
    }

    public void append(int subsection, Fragment fragment) {
        fragments(subsection).add(fragment);
    }

    /** The number of the subsection holding {@code fragment}, or -1 if it is not one of this section's. */
    public int subsectionOf(Fragment fragment) {
        for (Map.Entry<Integer, List<Fragment>> entry : subsections.entrySet()) {
            if (entry.getValue().contains(fragment)) {
                return entry.getKey();
            }
        }
        return -1;
    }

    /** The number of the last subsection, where the end-of-section padding goes. */
    public int lastSubsection() {
        return subsections.isEmpty() ? 0 : ((TreeMap<Integer, List<Fragment>>) subsections).lastKey();
    }

    /** Every fragment, subsections in order. */
    public List<Fragment> fragments() {
        List<Fragment> all = new ArrayList<>();
        for (List<Fragment> list : subsections.values()) {
            all.addAll(list);
        }
        return all;
    }

    /**
     * The distance from {@code from} to {@code to} if nothing between them can change size, as
     * GNU {@code as} folds label differences while it reads: both in the same subsection with
     * only fixed fragments between. Null otherwise.
     */
    public static Integer fixedDistance(Position from, Position to) {
        if (from.fragment() == to.fragment()) {
            return to.offset() - from.offset();
        }
        SectionState section = from.section();
        if (section != to.section()) {
            return null;
        }
        for (List<Fragment> list : section.subsections.values()) {
            int a = list.indexOf(from.fragment());
            int b = list.indexOf(to.fragment());
            if (a >= 0 && b >= 0) {
                return distanceWithin(list, from, to, a, b);
            }
        }
        return null;
    }

    private static Integer distanceWithin(List<Fragment> list, Position from, Position to, int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        int total = 0;
        for (int i = low; i < high; i++) {
            if (!(list.get(i) instanceof FixedFragment fragment)) {
                return null;
            }
            total += fragment.size();
        }
        int distance = total - (a < b ? from.offset() : to.offset()) + (a < b ? to.offset() : from.offset());
        return a < b ? distance : -distance;
    }
}
