package strata.cpu.exec;

import strata.cpu.bus.Bus;
import strata.cpu.bus.Ram;
import strata.cpu.hart.Hart;
import strata.cpu.hart.TrapCause;
import strata.cpu.mmu.Access;
import strata.cpu.mmu.Mmu;
import strata.cpu.mmu.Tlb;

/**
 * The slow path of loads and stores: everything the interpreter's inline TLB check does not
 * handle. It translates (walking the page table, refilling the TLB), then reads or writes RAM,
 * ROM or a device through the {@link Bus}.
 *
 * <p>Misaligned accesses complete, as on QEMU: one that spans two pages translates both before
 * touching memory, so a fault on the second page (reported at that page's first address, as
 * QEMU does) leaves memory unchanged. A fault is not thrown: the method returns a failure and
 * keeps the exception and its trap value for {@link #trap}.
 */
final class MemoryAccess {
    /** What {@link #load} returns when the access faults. */
    static final long FAULT = Long.MIN_VALUE;

    private final Hart hart;
    private final Bus bus;
    private final Mmu mmu;
    private final Ram ram;
    private TrapCause cause;
    private int tval;
    /** True after an access that reached a device: the interpreter then re-checks interrupts and stop requests. */
    boolean touchedDevice;

    MemoryAccess(Hart hart, Bus bus, Mmu mmu) {
        this.hart = hart;
        this.bus = bus;
        this.mmu = mmu;
        this.ram = bus.ram();
    }

    /** The {@code width}-byte value at virtual {@code va}, zero-extended, or {@link #FAULT}. */
    long load(int va, int width) {
        touchedDevice = false;
        long pa = physical(va, Access.LOAD);
        if (pa == FAULT) {
            return FAULT;
        }
        int first = firstPart(va, width);
        if (first == width) {
            return read(pa, width, va, Access.LOAD);
        }
        int next = (va + width) & ~0xfff;
        long pa2 = physical(next, Access.LOAD);
        if (pa2 == FAULT) {
            return FAULT;
        }
        long value = 0;
        for (int i = 0; i < width; i++) {
            long b = read(i < first ? pa + i : pa2 + i - first, 1, i < first ? va : next, Access.LOAD);
            if (b == FAULT) {
                return FAULT;
            }
            value |= b << (8 * i);
        }
        return value;
    }

    /** Writes the low {@code width} bytes of {@code value} at virtual {@code va}; false if it faults. */
    boolean store(int va, int width, int value) {
        touchedDevice = false;
        long pa = physical(va, Access.STORE);
        if (pa == FAULT) {
            return false;
        }
        int first = firstPart(va, width);
        if (first == width) {
            return write(pa, width, value, va);
        }
        int next = (va + width) & ~0xfff;
        long pa2 = physical(next, Access.STORE);
        if (pa2 == FAULT) {
            return false;
        }
        for (int i = 0; i < width; i++) {
            if (!bus.isMapped(i < first ? pa + i : pa2 + i - first)) {
                return fail(Access.STORE.accessFault(), i < first ? va : next);
            }
        }
        for (int i = 0; i < width; i++) {
            if (!write(i < first ? pa + i : pa2 + i - first, 1, value >>> (8 * i), i < first ? va : next)) {
                return false;
            }
        }
        return true;
    }

    /** How many of the {@code width} bytes at {@code va} lie in its page. */
    private static int firstPart(int va, int width) {
        return Math.min(width, CodePage.SIZE - (va & 0xfff));
    }

    /**
     * The physical address of {@code va}, from the current TLB when it holds the page (the
     * interpreter's inline check also fails for misaligned accesses), or else by translating;
     * {@link #FAULT} on a page fault.
     */
    long physical(int va, Access access) {
        Tlb tlb = mmu.dataTlb();
        int i = Tlb.index(va);
        int page = va & ~0xfff;
        if (ram != null) {
            if (access == Access.LOAD && tlb.loadTag[i] == page) {
                return ram.base() + Integer.toUnsignedLong(tlb.loadOffset[i] + va);
            }
            if (access == Access.STORE && tlb.storeTag[i] == page) {
                return ram.base() + Integer.toUnsignedLong(tlb.storeOffset[i] + va);
            }
        }
        long pa = mmu.translate(va, access);
        if (pa == Mmu.PAGE_FAULT) {
            fail(access.pageFault(), va);
            return FAULT;
        }
        return pa;
    }

    /** Reads physical memory; an unmapped address is an access fault at virtual {@code va}. */
    long read(long pa, int width, int va, Access access) {
        if (ram == null || !ram.contains(pa, width)) {
            touchedDevice = true;
        }
        long value = bus.read(pa, width);
        if (value == Bus.FAULT) {
            fail(access.accessFault(), va);
            return FAULT;
        }
        return value;
    }

    /** Writes physical memory; an unmapped address is a store access fault at virtual {@code va}. */
    boolean write(long pa, int width, int value, int va) {
        if (ram == null || !ram.contains(pa, width)) {
            touchedDevice = true;
        }
        return bus.write(pa, width, value) || fail(Access.STORE.accessFault(), va);
    }

    /** Records a fault for {@link #trap}; returns false so callers can return it. */
    boolean fail(TrapCause cause, int tval) {
        this.cause = cause;
        this.tval = tval;
        return false;
    }

    /** Takes the exception of the last failed access at {@code pc}; returns the handler's address. */
    int trap(int pc) {
        return hart.traps().take(cause, tval, pc);
    }
}
