package strata.cpu.debug;

import java.util.ArrayList;
import java.util.List;
import strata.cpu.bus.Bus;
import strata.cpu.bus.Ram;
import strata.cpu.hart.Hart;
import strata.cpu.mmu.Access;
import strata.cpu.mmu.Mmu;
import strata.cpu.mmu.Tlb;

/**
 * Looks at a stopped hart and its memory without side effects, and changes them for a debugger.
 * Memory is RAM and ROM only: device registers are never read (reading the UART's receive
 * register would take a byte from the guest) and writes go to RAM only (through the bus, so the
 * decode cache sees them). Virtual addresses are translated as the hart would for a load, or
 * failing that for a fetch (so code in execute-only pages can be disassembled), without setting
 * A/D bits or filling the TLB.
 */
final class Inspector {
    private final Hart hart;
    private final Bus bus;

    Inspector(Hart hart, Bus bus) {
        this.hart = hart;
        this.bus = bus;
    }

    /** The {@code width}-byte value at virtual {@code va} for {@code access}, or {@link Bus#FAULT}; memory only. */
    static long peekVirtual(Hart hart, Bus bus, int va, Access access, int width) {
        long pa = hart.mmu().peek(va, access);
        if (pa == Mmu.PAGE_FAULT) {
            return Bus.FAULT;
        }
        byte[] bytes = bus.readBytes(pa, width);
        return bytes == null ? Bus.FAULT : littleEndian(bytes);
    }

    /** The unsigned little-endian number {@code bytes} hold (up to 4 bytes). */
    static long littleEndian(byte[] bytes) {
        long value = 0;
        for (int i = bytes.length - 1; i >= 0; i--) {
            value = value << 8 | (bytes[i] & 0xff);
        }
        return value;
    }

    /** The physical address the debugger reads virtual {@code va} at, or {@link Mmu#PAGE_FAULT}. */
    long translate(int va) {
        long pa = hart.mmu().peek(va, Access.LOAD);
        return pa != Mmu.PAGE_FAULT ? pa : hart.mmu().peek(va, Access.FETCH);
    }

    /** {@code length} bytes of RAM or ROM at physical {@code pa}, or null if any of them is neither. */
    byte[] readPhysical(long pa, int length) {
        return bus.readBytes(pa, length);
    }

    /** {@code length} bytes at virtual {@code va}, page by page; null if any is unmapped or not memory. */
    byte[] readVirtual(int va, int length) {
        byte[] result = new byte[length];
        int done = 0;
        while (done < length) {
            int at = va + done;
            int chunk = Math.min(length - done, Bus.PAGE_SIZE - (at & (Bus.PAGE_SIZE - 1)));
            long pa = translate(at);
            byte[] part = pa == Mmu.PAGE_FAULT ? null : bus.readBytes(pa, chunk);
            if (part == null) {
                return null;
            }
            System.arraycopy(part, 0, result, done, chunk);
            done += chunk;
        }
        return result;
    }

    /** Writes {@code data} to RAM at physical {@code pa}; false (nothing written) unless all of it is RAM. */
    boolean writePhysical(long pa, byte[] data) {
        Ram ram = bus.ram();
        return ram != null && ram.contains(pa, Math.max(1, data.length)) && bus.writeBytes(pa, data);
    }

    /** Writes {@code data} at virtual {@code va}; false, with nothing written, unless every byte maps to RAM. */
    boolean writeVirtual(int va, byte[] data) {
        List<long[]> pieces = new ArrayList<>();
        int done = 0;
        Ram ram = bus.ram();
        while (done < data.length) {
            int at = va + done;
            int chunk = Math.min(data.length - done, Bus.PAGE_SIZE - (at & (Bus.PAGE_SIZE - 1)));
            long pa = translate(at);
            if (pa == Mmu.PAGE_FAULT || ram == null || !ram.contains(pa, chunk)) {
                return false;
            }
            pieces.add(new long[] {pa, done, chunk});
            done += chunk;
        }
        for (long[] piece : pieces) {
            byte[] part = new byte[(int) piece[2]];
            System.arraycopy(data, (int) piece[1], part, 0, part.length);
            bus.writeBytes(piece[0], part);
        }
        return true;
    }

    /** Writes CSR {@code number} as M-mode software would; false if it does not exist or is read-only. */
    boolean writeCsr(int number, int value) {
        return hart.csrs().poke(number, value);
    }

    /** The Sv32 walk of {@code va} through the page table satp names now. */
    PageWalk walk(int va) {
        PageWalk.Allowed allowed = new PageWalk.Allowed(hart.mmu().peek(va, Access.LOAD) != Mmu.PAGE_FAULT,
                hart.mmu().peek(va, Access.STORE) != Mmu.PAGE_FAULT, hart.mmu().peek(va, Access.FETCH) != Mmu.PAGE_FAULT);
        int satp = hart.satp();
        if (satp >= 0) {
            return PageWalk.bare(va, allowed);
        }
        PageWalk.Builder walk = new PageWalk.Builder();
        long table = (long) (satp & 0x3fffff) << 12;
        for (int level = 1; level >= 0; level--) {
            long pteAddress = table + ((va >>> (12 + 10 * level)) & 0x3ff) * 4L;
            byte[] bytes = bus.readBytes(pteAddress, 4);
            if (bytes == null) {
                return walk.fault(va, String.format("the PTE at 0x%x is not in memory", pteAddress), allowed);
            }
            int pte = (int) littleEndian(bytes);
            walk.add(level, pteAddress, pte);
            PageWalk.Level read = new PageWalk.Level(level, pteAddress, pte);
            if (!read.has(PageWalk.Flag.V)) {
                return walk.fault(va, "invalid PTE (V clear)", allowed);
            }
            boolean leaf = read.has(PageWalk.Flag.R) || read.has(PageWalk.Flag.W) || read.has(PageWalk.Flag.X);
            if (!leaf) {
                if (level == 0) {
                    return walk.fault(va, "a pointer PTE at the last level", allowed);
                }
                table = read.ppn() << 12;
                continue;
            }
            if (level == 1 && (read.ppn() & 0x3ff) != 0) {
                return walk.fault(va, "a misaligned superpage (PPN[0] not zero)", allowed);
            }
            long offsetMask = level == 1 ? 0x3fffff : 0xfff;
            return walk.to(va, ((read.ppn() << 12) & ~offsetMask) | (va & offsetMask), allowed);
        }
        return walk.fault(va, "no leaf", allowed);
    }

    /** The valid entries of the TLBs the hart uses now: fetches in its mode, loads and stores in its data mode. */
    List<TlbEntry> tlb() {
        List<TlbEntry> entries = new ArrayList<>();
        Ram ram = bus.ram();
        if (ram == null) {
            return entries;
        }
        Tlb fetch = hart.mmu().fetchTlb();
        Tlb data = hart.mmu().dataTlb();
        add(entries, Access.FETCH, fetch.fetchTag, fetch.fetchOffset, ram);
        add(entries, Access.LOAD, data.loadTag, data.loadOffset, ram);
        add(entries, Access.STORE, data.storeTag, data.storeOffset, ram);
        return entries;
    }

    private static void add(List<TlbEntry> entries, Access access, int[] tags, int[] offsets, Ram ram) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] != Tlb.INVALID) {
                entries.add(new TlbEntry(access, i, tags[i], ram.base() + (tags[i] + offsets[i])));
            }
        }
    }
}
