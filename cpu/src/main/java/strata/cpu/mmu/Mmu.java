package strata.cpu.mmu;

import java.util.OptionalInt;
import strata.cpu.bus.Bus;
import strata.cpu.bus.MemoryWatcher;
import strata.cpu.bus.Ram;
import strata.cpu.hart.Hart;
import strata.cpu.hart.Mstatus;
import strata.cpu.hart.Privilege;

/**
 * Address translation for one hart: bare, or Sv32 when satp.MODE is 1 and the effective
 * privilege is below M. The effective privilege of loads and stores is MPP while mstatus.MPRV
 * is set in M-mode; fetches always use the current mode.
 *
 * <p>The walk follows QEMU 7.2: a non-leaf PTE with D, A or U set, a leaf that is writable but
 * not readable, a U page touched by S-mode without SUM (or fetched by S-mode at all), an S page
 * touched by U-mode, a superpage whose PPN is not 4 MiB aligned, a missing permission (MXR makes
 * executable pages readable), or a PTE that cannot be read, all raise the page fault of the
 * access. A successful walk sets A, and D for a store, in the leaf PTE, as QEMU does; a PTE
 * outside RAM that would need that update faults instead.
 *
 * <p>Translations are cached in one {@link Tlb} per context (bare; or privilege, SUM and MXR), so
 * a trap or an MPRV change only switches caches. satp writes and sfence.vma flush them.
 */
public final class Mmu implements MemoryWatcher {
    /** What {@link #translate} returns when the access page-faults. */
    public static final long PAGE_FAULT = -1L;

    private static final int PTE_V = 1;
    private static final int PTE_R = 1 << 1;
    private static final int PTE_W = 1 << 2;
    private static final int PTE_X = 1 << 3;
    private static final int PTE_U = 1 << 4;
    private static final int PTE_A = 1 << 6;
    private static final int PTE_D = 1 << 7;
    private static final int BARE = 0;

    private final Hart hart;
    private final Bus bus;
    /** Index 0: bare; 1 + 4 * privilege + 2 * SUM + MXR for translated contexts. */
    private final Tlb[] contexts = new Tlb[9];
    private Tlb fetch;
    private Tlb data;
    private boolean lastWasSuperpage;
    private long misses;
    private long lookups;

    public Mmu(Hart hart, Bus bus) {
        this.hart = hart;
        this.bus = bus;
        for (int i = 0; i < contexts.length; i++) {
            contexts[i] = new Tlb();
        }
        bus.addWatcher(this);
        updateContext();
    }

    /** Selects the caches for the hart's current privilege, mstatus and satp. */
    public void updateContext() {
        fetch = contexts[contextKey(hart.privilegeLevel(), false)];
        data = contexts[contextKey(dataPrivilege(), true)];
    }

    private int contextKey(int priv, boolean dataAccess) {
        if (!translates(priv)) {
            return BARE;
        }
        int status = hart.mstatus();
        int sum = dataAccess && (status & Mstatus.SUM) != 0 ? 2 : 0;
        int mxr = dataAccess && (status & Mstatus.MXR) != 0 ? 1 : 0;
        return 1 + 4 * priv + sum + mxr;
    }

    private boolean translates(int priv) {
        return hart.satp() < 0 && priv < Privilege.MACHINE.level();
    }

    private int dataPrivilege() {
        int priv = hart.privilegeLevel();
        int status = hart.mstatus();
        if (priv == Privilege.MACHINE.level() && (status & Mstatus.MPRV) != 0) {
            return Mstatus.mpp(status);
        }
        return priv;
    }

    /** The cache instruction fetches use now. */
    public Tlb fetchTlb() {
        return fetch;
    }

    /** The cache loads and stores use now. */
    public Tlb dataTlb() {
        return data;
    }

    /**
     * The physical address of virtual address {@code va} for {@code access}, or
     * {@link #PAGE_FAULT}. Updates A/D bits and caches the translation when it is RAM.
     */
    public long translate(int va, Access access) {
        misses++;
        int priv = access == Access.FETCH ? hart.privilegeLevel() : dataPrivilege();
        long pa;
        boolean superpage = false;
        if (!translates(priv)) {
            pa = Integer.toUnsignedLong(va);
        } else {
            pa = walk(va, access, priv, true);
            if (pa == PAGE_FAULT) {
                return PAGE_FAULT;
            }
            superpage = lastWasSuperpage;
        }
        Ram ram = bus.ram();
        if (ram != null && ram.contains(pa, 1) && (access != Access.STORE || !bus.isWatched(pa))) {
            (access == Access.FETCH ? fetch : data).insert(access, va, (int) (pa - ram.base()), superpage);
        }
        return pa;
    }

    /**
     * The physical address of {@code va} for {@code access} as the hart would see it now, or
     * {@link #PAGE_FAULT}; no A/D update, nothing cached (for debuggers and traces).
     */
    public long peek(int va, Access access) {
        int priv = access == Access.FETCH ? hart.privilegeLevel() : dataPrivilege();
        return translates(priv) ? walk(va, access, priv, false) : Integer.toUnsignedLong(va);
    }

    private long walk(int va, Access access, int priv, boolean update) {
        int status = hart.mstatus();
        boolean sum = (status & Mstatus.SUM) != 0;
        boolean mxr = (status & Mstatus.MXR) != 0;
        long table = (long) (hart.satp() & 0x3fffff) << 12;
        for (int level = 1; level >= 0; level--) {
            long pteAddress = table + ((va >>> (12 + 10 * level)) & 0x3ff) * 4L;
            long read = bus.read(pteAddress, 4);
            if (read == Bus.FAULT) {
                return PAGE_FAULT;
            }
            int pte = (int) read;
            long ppn = pte >>> 10;
            int rwx = pte & (PTE_R | PTE_W | PTE_X);
            if ((pte & PTE_V) == 0) {
                return PAGE_FAULT;
            }
            if (rwx == 0) {
                if ((pte & (PTE_D | PTE_A | PTE_U)) != 0 || level == 0) {
                    return PAGE_FAULT;
                }
                table = ppn << 12;
                continue;
            }
            if (!leafAllows(pte, access, priv, sum, mxr) || (level == 1 && (ppn & 0x3ff) != 0)) {
                return PAGE_FAULT;
            }
            int updated = pte | PTE_A | (access == Access.STORE ? PTE_D : 0);
            if (update && updated != pte) {
                Ram ram = bus.ram();
                if (ram == null || !ram.contains(pteAddress, 4)) {
                    return PAGE_FAULT;
                }
                bus.write(pteAddress, 4, updated);
            }
            lastWasSuperpage = level == 1;
            long offsetMask = level == 1 ? 0x3fffff : 0xfff;
            return ((ppn << 12) & ~offsetMask) | (va & offsetMask);
        }
        return PAGE_FAULT;
    }

    private static boolean leafAllows(int pte, Access access, int priv, boolean sum, boolean mxr) {
        int rwx = pte & (PTE_R | PTE_W | PTE_X);
        if (rwx == PTE_W || rwx == (PTE_W | PTE_X)) {
            return false;
        }
        boolean user = (pte & PTE_U) != 0;
        if (user && priv != Privilege.USER.level() && (!sum || access == Access.FETCH)) {
            return false;
        }
        if (!user && priv != Privilege.SUPERVISOR.level()) {
            return false;
        }
        return switch (access) {
            case FETCH -> (pte & PTE_X) != 0;
            case LOAD -> (pte & PTE_R) != 0 || (mxr && (pte & PTE_X) != 0);
            case STORE -> (pte & PTE_W) != 0;
        };
    }

    /** Forgets every cached translation (satp written, reset). */
    public void flush() {
        for (Tlb tlb : contexts) {
            tlb.flush();
        }
    }

    /**
     * sfence.vma: with an {@code address} only that page's translations, otherwise all; with an
     * {@code asid} only if it is the current address space (the caches hold no other, since
     * satp writes flush them).
     */
    public void fence(OptionalInt address, OptionalInt asid) {
        if (asid.isPresent() && (asid.getAsInt() & 0x1ff) != ((hart.satp() >>> 22) & 0x1ff)) {
            return;
        }
        for (Tlb tlb : contexts) {
            if (address.isPresent()) {
                tlb.flushPage(address.getAsInt());
            } else {
                tlb.flush();
            }
        }
    }

    @Override
    public void watched(long pageAddress) {
        int ramOffset = (int) (pageAddress - bus.ram().base());
        for (Tlb tlb : contexts) {
            tlb.dropStores(ramOffset);
        }
    }

    /** Adds {@code count} fast-path lookups (the interpreter counts them in a local). */
    public void countLookups(long count) {
        lookups += count;
    }

    /** Translations that missed the caches. */
    public long misses() {
        return misses;
    }

    /** Every lookup, hits and misses. */
    public long lookups() {
        return lookups + misses;
    }
}
