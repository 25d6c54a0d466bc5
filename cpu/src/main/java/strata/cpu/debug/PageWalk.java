package strata.cpu.debug;

import java.util.ArrayList;
import java.util.List;

/**
 * An Sv32 page-table walk of one virtual address, for a person: each level read (the PTE's
 * address and value), then the physical address, or where and why the walk failed. It reads
 * the page table as the hart would, without setting A or D and without touching the TLB.
 * {@code allowed} says whether the hart, in its current mode, may load, store and fetch there
 * (which also depends on SUM, MXR and MPRV).
 */
public record PageWalk(int virtualAddress, boolean translated, List<Level> levels, long physicalAddress,
                       String fault, Allowed allowed) {
    /** No physical address: the walk failed. */
    public static final long NONE = -1;

    /** One PTE read: {@code level} 1 (the root, 4 MiB entries) or 0. */
    public record Level(int level, long pteAddress, int pte) {
        /** Whether bit {@code flag} of the PTE is set. */
        public boolean has(Flag flag) {
            return (pte & flag.mask()) != 0;
        }

        /** The PTE's flags as letters, a dash for each clear one: {@code DAGUXWRV}, as the bits read from 7 to 0. */
        public String flags() {
            StringBuilder text = new StringBuilder();
            for (int bit = Flag.values().length - 1; bit >= 0; bit--) {
                Flag flag = Flag.values()[bit];
                text.append(has(flag) ? flag.name() : "-");
            }
            return text.toString();
        }

        /** The physical page number the PTE holds. */
        public long ppn() {
            return Integer.toUnsignedLong(pte) >>> 10;
        }
    }

    /** The flag bits of an Sv32 PTE, bit 0 first. */
    public enum Flag {
        V, R, W, X, U, G, A, D;

        public int mask() {
            return 1 << ordinal();
        }
    }

    /** What the hart may do at the address in its current mode (the MMU's own checks). */
    public record Allowed(boolean load, boolean store, boolean fetch) {
    }

    static PageWalk bare(int va, Allowed allowed) {
        return new PageWalk(va, false, List.of(), Integer.toUnsignedLong(va), null, allowed);
    }

    /** Builds a walk level by level. */
    static final class Builder {
        private final List<Level> levels = new ArrayList<>();

        void add(int level, long pteAddress, int pte) {
            levels.add(new Level(level, pteAddress, pte));
        }

        PageWalk to(int va, long pa, Allowed allowed) {
            return new PageWalk(va, true, levels, pa, null, allowed);
        }

        PageWalk fault(int va, String why, Allowed allowed) {
            return new PageWalk(va, true, levels, NONE, why, allowed);
        }
    }
}
