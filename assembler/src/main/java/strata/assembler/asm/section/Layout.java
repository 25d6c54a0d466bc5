package strata.assembler.asm.section;

import java.util.List;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.expr.Evaluator;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.symbol.AsmSymbol;
import strata.assembler.object.Symbol;

/**
 * Gives every fragment of a section its final offset. Alignment padding depends on where it
 * lands and a branch grows to 8 bytes when its target is out of reach, which moves what follows,
 * so layout repeats until nothing changes. Branches only grow, so it ends.
 */
public final class Layout {
    /** A conditional branch reaches -4096..4095 bytes from itself. */
    private static final int BRANCH_REACH = 1 << 12;

    private Layout() {
    }

    /** Lays out {@code section}; returns its size. */
    public static int run(SectionState section) {
        List<Fragment> fragments = section.fragments();
        int size;
        boolean changed;
        do {
            size = place(fragments);
            changed = false;
            for (Fragment fragment : fragments) {
                if (fragment instanceof BranchFragment branch && branch.conditional() && branch.size() == 4
                        && !reaches(branch)) {
                    branch.grow();
                    changed = true;
                }
            }
        } while (changed);
        return size;
    }

    private static int place(List<Fragment> fragments) {
        int address = 0;
        for (Fragment fragment : fragments) {
            fragment.setAddress(address);
            if (fragment instanceof AlignFragment align) {
                align.place();
            }
            address += fragment.size();
        }
        return address;
    }

    /** True if the short form of {@code branch} reaches its target, a strong label of the same section. */
    static boolean reaches(BranchFragment branch) {
        Value target;
        try {
            target = Evaluator.resolve(branch.target(), Evaluator.Mode.OPERAND);
        } catch (AsmException e) {
            return false;
        }
        AsmSymbol symbol = target.plus();
        if (!target.isSymbolic() || symbol.kind() != AsmSymbol.Kind.LABEL
                || symbol.position().section() != branch.section() || symbol.binding() == Symbol.Binding.WEAK) {
            return false;
        }
        long distance = symbol.position().address() + target.addend() - branch.address();
        return distance >= -BRANCH_REACH && distance < BRANCH_REACH;
    }
}
