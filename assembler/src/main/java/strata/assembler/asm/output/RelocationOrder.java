package strata.assembler.asm.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a section's relocations, as GNU {@code as} writes them (write.c, write_relocs,
 * with GAS_SORT_RELOCS, which RISC-V sets). It walks the fixups in the order they were made;
 * before each one it writes the {@code .reloc} relocations, in source order, whose offset is
 * below the fixup's, and it puts the fixup after the last relocation at or below its offset by
 * a binary search. The {@code .reloc} relocations are not sorted, so that search can land
 * anywhere among them, and it must be GNU's search exactly for the order to come out the same.
 * Without {@code .reloc} the result is the fixups stably sorted by offset, which is how it is
 * made then, at the cost of a sort rather than of an insertion per fixup.
 */
final class RelocationOrder {

    private RelocationOrder() {
    }

    /** {@code fixups} in the order they were made, merged with {@code explicit} in source order. */
    static List<PendingRelocation> merge(List<PendingRelocation> fixups, List<PendingRelocation> explicit) {
        List<PendingRelocation> out = new ArrayList<>(fixups.size() + explicit.size());
        if (explicit.isEmpty()) {
            out.addAll(fixups);
            out.sort(Comparator.comparingInt(PendingRelocation::offset));
            return out;
        }
        int next = 0;
        for (PendingRelocation fixup : fixups) {
            while (next < explicit.size() && explicit.get(next).offset() < fixup.offset()) {
                out.add(explicit.get(next++));
            }
            out.add(insertionPoint(out, fixup.offset()), fixup);
        }
        out.addAll(explicit.subList(next, explicit.size()));
        return out;
    }

    /** Where GNU's binary search places a relocation at {@code offset}: at the end unless it is below the last. */
    private static int insertionPoint(List<PendingRelocation> list, int offset) {
        int count = list.size();
        if (count == 0 || offset >= list.get(count - 1).offset()) {
            return count;
        }
        int low = 0;
        int high = count - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int at = list.get(middle).offset();
            if (at > offset) {
                high = middle;
            } else {
                low = middle + 1;
                if (at == offset) {
                    break;
                }
            }
        }
        while (low < high && list.get(low).offset() == offset) {
            low++;
        }
        return low;
    }
}
