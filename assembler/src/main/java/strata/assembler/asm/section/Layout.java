package strata.assembler.asm.section;

import java.util.List;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.expr.Evaluator;
import strata.assembler.asm.expr.Located;
import strata.assembler.object.Symbol;

/**
 * Gives every fragment of a section its final offset, the way GNU {@code as}'s relax_segment
 * does, so that branch lengths come out the same even near the edge of a branch's reach.
 *
 * <p>A first pass estimates each branch while fragments after it still sit at offset 0, as GNU's
 * do before they are placed. Then passes repeat until nothing changes: each fragment moves by
 * the growth of those before it, alignment and {@code .org} padding are recomputed (the latter
 * shrinking as what comes before it grows), and a branch is measured
 * against its target's current place, which for a target after it is where the previous pass
 * left it. A conditional branch is 4 bytes if its target, a strong label of the same section,
 * is within -4096..4095 bytes, else 8.
 */
public final class Layout {
    /** A conditional branch reaches -4096..4095 bytes from itself. */
    private static final int BRANCH_REACH = 1 << 12;
    /** The largest section Strata builds, as the linker's limit. */
    public static final long MAX_SECTION_SIZE = 256L << 20;

    private Layout() {
    }

    /** Lays out {@code section}; returns its size, or throws if it is larger than {@link #MAX_SECTION_SIZE}. */
    public static int run(SectionState section) {
        List<Fragment> fragments = section.fragments();
        int address = 0;
        for (Fragment fragment : fragments) {
            fragment.setAddress(address);
            resize(fragment);
            address += fragment.size();
        }
        boolean changed;
        do {
            int stretch = 0;
            changed = false;
            for (Fragment fragment : fragments) {
                fragment.setAddress(fragment.address() + stretch);
                int before = fragment.size();
                resize(fragment);
                int growth = fragment.size() - before;
                if (growth != 0) {
                    stretch += growth;
                    changed = true;
                }
            }
        } while (changed);
        long size = 0;
        for (Fragment fragment : fragments) {
            size += fragment.size();
        }
        if (size > MAX_SECTION_SIZE) {
            throw new AsmException(-1, "section " + section.name() + " would be " + size + " bytes, more than the "
                    + (MAX_SECTION_SIZE >> 20) + " MiB Strata supports");
        }
        return (int) size;
    }

    private static void resize(Fragment fragment) {
        if (fragment instanceof AlignFragment align) {
            align.place();
        } else if (fragment instanceof OrgFragment org) {
            org.place();
        } else if (fragment instanceof BranchFragment branch) {
            branch.setSize(branch.conditional() && !reaches(branch) ? 8 : 4);
        }
    }

    /** True if the short form of {@code branch} reaches its target, a strong label of the same section. */
    static boolean reaches(BranchFragment branch) {
        Located target;
        try {
            target = Located.of(Evaluator.resolve(branch.target(), Evaluator.Mode.OPERAND));
        } catch (AsmException e) {
            return false;
        }
        if (target == null || target.section() != branch.section() || target.binding() == Symbol.Binding.WEAK) {
            return false;
        }
        long distance = target.address() - branch.address();
        return distance >= -BRANCH_REACH && distance < BRANCH_REACH;
    }
}
