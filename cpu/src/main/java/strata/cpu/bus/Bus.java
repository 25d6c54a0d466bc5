package strata.cpu.bus;

import java.util.ArrayList;
import java.util.List;

/**
 * The physical address space of a machine: one RAM, any number of ROMs and memory-mapped
 * {@link Device}s, each at its own base address. Physical addresses are 34 bits wide (Sv32 maps
 * into a 16 GiB space) and held in a {@code long}.
 *
 * <p>RAM and ROM are byte arrays ({@link Ram}) that harts read and write directly on their fast
 * path; everything else comes here. An access that hits nothing fails, and the hart turns the
 * failure into an access fault, as QEMU does. Writes to ROM are dropped, as on QEMU. An access
 * that is misaligned for a device, or spans two regions, is split into single bytes. An access of
 * a width the device refuses ({@link Device#accepts}) fails too.
 *
 * <p>The bus also carries the two facts every hart must see between instructions: pages whose
 * contents someone watches ({@link MemoryWatcher}) and a request to stop the machine (a device
 * powering it off in the middle of a store).
 */
public final class Bus {
    /** What {@link #read} returns when no memory or device answers at the address. */
    public static final long FAULT = -1L;
    /** The size of a page, the unit in which RAM is watched. */
    public static final int PAGE_SIZE = 4096;

    private Ram ram;
    private boolean[] watchedPages = new boolean[0];
    private final List<Ram> roms = new ArrayList<>();
    private final List<Mapping> devices = new ArrayList<>();
    private final List<MemoryWatcher> watchers = new ArrayList<>();
    private String stopReason;

    /** A device at its base address, with its access counts. */
    private static final class Mapping {
        final long base;
        final Device device;
        long reads;
        long writes;

        Mapping(long base, Device device) {
            this.base = base;
            this.device = device;
        }

        boolean contains(long address) {
            return address >= base && address < base + device.size();
        }
    }

    /** How often the guest read and wrote one device's registers. */
    public record DeviceAccesses(String name, long base, long reads, long writes) {
    }

    /** Adds the machine's RAM: {@code size} zeroed bytes at {@code base}, page aligned. */
    public void addRam(long base, int size) {
        if (ram != null) {
            throw new IllegalStateException("the bus already has RAM at 0x" + Long.toHexString(ram.base()));
        }
        if (base % PAGE_SIZE != 0 || size <= 0 || size % PAGE_SIZE != 0) {
            throw new IllegalArgumentException("RAM must be whole pages at a page-aligned address");
        }
        checkFree(base, size);
        ram = new Ram(base, new byte[size]);
        watchedPages = new boolean[size / PAGE_SIZE];
    }

    /** Adds a read-only memory holding {@code contents} at {@code base}. */
    public void addRom(long base, byte[] contents) {
        checkFree(base, contents.length);
        roms.add(new Ram(base, contents.clone()));
    }

    /** Maps {@code device} at {@code base}: offsets it sees are relative to that address. */
    public void map(long base, Device device) {
        checkFree(base, device.size());
        devices.add(new Mapping(base, device));
    }

    private void checkFree(long base, long size) {
        if (base < 0 || size <= 0) {
            throw new IllegalArgumentException("bad region at 0x" + Long.toHexString(base));
        }
        List<long[]> taken = new ArrayList<>();
        if (ram != null) {
            taken.add(new long[] {ram.base(), ram.size()});
        }
        roms.forEach(rom -> taken.add(new long[] {rom.base(), rom.size()}));
        devices.forEach(m -> taken.add(new long[] {m.base, m.device.size()}));
        for (long[] region : taken) {
            if (base < region[0] + region[1] && region[0] < base + size) {
                throw new IllegalArgumentException(String.format(
                        "region 0x%x..0x%x overlaps 0x%x..0x%x", base, base + size, region[0], region[0] + region[1]));
            }
        }
    }

    /** The RAM, or null before {@link #addRam}. */
    public Ram ram() {
        return ram;
    }

    /** The ROM that holds all {@code width} bytes at {@code address}, or null. */
    public Ram romAt(long address, int width) {
        for (Ram rom : roms) {
            if (rom.contains(address, width)) {
                return rom;
            }
        }
        return null;
    }

    /**
     * The {@code width}-byte (1, 2 or 4) little-endian value at physical {@code address},
     * zero-extended, or {@link #FAULT} if some byte of it is not mapped.
     */
    public long read(long address, int width) {
        if (ram != null && ram.contains(address, width)) {
            return Integer.toUnsignedLong(ram.read((int) (address - ram.base()), width));
        }
        Ram rom = romAt(address, width);
        if (rom != null) {
            return Integer.toUnsignedLong(rom.read((int) (address - rom.base()), width));
        }
        Mapping mapping = deviceAt(address);
        if (mapping != null && mapping.contains(address + width - 1) && address % width == 0) {
            int offset = (int) (address - mapping.base);
            if (!mapping.device.accepts(offset, width)) {
                return FAULT;
            }
            mapping.reads++;
            return Integer.toUnsignedLong(mapping.device.read(offset, width)) & mask(width);
        }
        return width == 1 ? FAULT : readSplit(address, width);
    }

    private long readSplit(long address, int width) {
        long value = 0;
        for (int i = 0; i < width; i++) {
            long b = read(address + i, 1);
            if (b == FAULT) {
                return FAULT;
            }
            value |= b << (8 * i);
        }
        return value;
    }

    /**
     * Writes the low {@code width} bytes (1, 2 or 4) of {@code value} at physical
     * {@code address}; false if some byte of it is not mapped (then nothing is written).
     */
    public boolean write(long address, int width, int value) {
        if (ram != null && ram.contains(address, width)) {
            int offset = (int) (address - ram.base());
            ram.write(offset, width, value);
            if (watchedPages[offset / PAGE_SIZE] || watchedPages[(offset + width - 1) / PAGE_SIZE]) {
                notifyWritten(address, width);
            }
            return true;
        }
        if (romAt(address, width) != null) {
            return true;
        }
        Mapping mapping = deviceAt(address);
        if (mapping != null && mapping.contains(address + width - 1) && address % width == 0) {
            int offset = (int) (address - mapping.base);
            if (!mapping.device.accepts(offset, width)) {
                return false;
            }
            mapping.writes++;
            mapping.device.write(offset, width, (int) (value & mask(width)));
            return true;
        }
        if (width == 1) {
            return false;
        }
        for (int i = 0; i < width; i++) {
            if (!takesByte(address + i)) {
                return false;
            }
        }
        for (int i = 0; i < width; i++) {
            write(address + i, 1, value >>> (8 * i));
        }
        return true;
    }

    /** True if a byte write at physical {@code address} would be taken: memory, or a device that accepts bytes. */
    private boolean takesByte(long address) {
        Mapping mapping = deviceAt(address);
        return mapping == null ? isMapped(address) : mapping.device.accepts((int) (address - mapping.base), 1);
    }

    /** True if a byte at physical {@code address} is RAM, ROM or a device register. */
    public boolean isMapped(long address) {
        return (ram != null && ram.contains(address, 1)) || romAt(address, 1) != null || deviceAt(address) != null;
    }

    /**
     * Copies {@code data} into RAM or ROM at {@code address} (the loader, a device's DMA):
     * watchers hear of it. False, with nothing written, if the range is not all RAM or ROM.
     */
    public boolean writeBytes(long address, byte[] data) {
        Ram target = ram != null && ram.contains(address, data.length) ? ram : romAt(address, data.length);
        if (target == null) {
            return data.length == 0;
        }
        System.arraycopy(data, 0, target.bytes(), (int) (address - target.base()), data.length);
        if (target == ram) {
            notifyWrittenRange(address, data.length);
        }
        return true;
    }

    /** Copies {@code length} bytes of RAM or ROM at {@code address}, or returns null if not all memory. */
    public byte[] readBytes(long address, int length) {
        Ram source = ram != null && ram.contains(address, length) ? ram : romAt(address, length);
        if (source == null) {
            return null;
        }
        byte[] copy = new byte[length];
        System.arraycopy(source.bytes(), (int) (address - source.base()), copy, 0, length);
        return copy;
    }

    private Mapping deviceAt(long address) {
        for (Mapping mapping : devices) {
            if (mapping.contains(address)) {
                return mapping;
            }
        }
        return null;
    }

    private static long mask(int width) {
        return width == 4 ? 0xffffffffL : (1L << (8 * width)) - 1;
    }

    /** Registers someone to hear about writes to watched pages and pages becoming watched. */
    public void addWatcher(MemoryWatcher watcher) {
        watchers.add(watcher);
    }

    /** Watches the RAM page holding {@code address}; does nothing outside RAM (ROM never changes). */
    public void watch(long address) {
        if (ram == null || !ram.contains(address, 1)) {
            return;
        }
        int page = (int) ((address - ram.base()) / PAGE_SIZE);
        if (!watchedPages[page]) {
            watchedPages[page] = true;
            long pageAddress = ram.base() + (long) page * PAGE_SIZE;
            for (MemoryWatcher watcher : watchers) {
                watcher.watched(pageAddress);
            }
        }
    }

    /** True if the RAM page holding {@code address} is watched. */
    public boolean isWatched(long address) {
        return ram != null && ram.contains(address, 1) && watchedPages[(int) ((address - ram.base()) / PAGE_SIZE)];
    }

    private void notifyWrittenRange(long address, int length) {
        long end = address + length;
        for (long page = address - (address - ram.base()) % PAGE_SIZE; page < end; page += PAGE_SIZE) {
            if (watchedPages[(int) ((page - ram.base()) / PAGE_SIZE)]) {
                long from = Math.max(page, address);
                notifyWritten(from, (int) (Math.min(end, page + PAGE_SIZE) - from));
            }
        }
    }

    private void notifyWritten(long address, int length) {
        for (MemoryWatcher watcher : watchers) {
            watcher.written(address, length);
        }
    }

    /** Asks every hart to stop at its next instruction boundary (power-off, reset, a test's end). */
    public void requestStop(String reason) {
        stopReason = reason;
    }

    public boolean stopRequested() {
        return stopReason != null;
    }

    /** Why the machine was asked to stop, or null. */
    public String stopReason() {
        return stopReason;
    }

    /** Forgets a stop request, so the harts can run again. */
    public void clearStop() {
        stopReason = null;
    }

    /** Read and write counts of every device, in the order they were mapped. */
    public List<DeviceAccesses> deviceAccesses() {
        List<DeviceAccesses> counts = new ArrayList<>();
        for (Mapping mapping : devices) {
            counts.add(new DeviceAccesses(mapping.device.name(), mapping.base, mapping.reads, mapping.writes));
        }
        return counts;
    }
}
