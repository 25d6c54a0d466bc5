package strata.cpu.exec;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import strata.cpu.bus.Bus;
import strata.cpu.bus.MemoryWatcher;
import strata.cpu.bus.Ram;

/**
 * A hart's decoded instructions, by physical page ({@link CodePage}), filled lazily: a slot is
 * decoded the first time it executes, then reused until the memory under it changes. Pages of
 * RAM are watched on the {@link Bus}, so any write to them (a store from any hart, a device's
 * DMA, the loader) clears the slots of the instructions it overlaps: self-modifying code and a
 * guest JIT see their new instructions at once. fence.i drops everything.
 *
 * <p>Breakpoints are decoded into the slots: a slot at a breakpoint address holds
 * {@link Op#BREAKPOINT} instead of its instruction, so the interpreter checks nothing when
 * there are none.
 */
public final class DecodeCache implements MemoryWatcher {
    private final Bus bus;
    private final Ram ram;
    private final CodePage[] ramPages;
    private final Map<Long, CodePage> romPages = new HashMap<>();
    private int[] breakpoints = new int[0];
    private long decoded;

    DecodeCache(Bus bus) {
        this.bus = bus;
        this.ram = bus.ram();
        this.ramPages = new CodePage[ram == null ? 0 : ram.size() / CodePage.SIZE];
        bus.addWatcher(this);
    }

    /** The decoded pages of RAM by page number from the RAM base; null entries are not decoded yet. */
    CodePage[] ramPages() {
        return ramPages;
    }

    /**
     * The decoded page holding physical address {@code address}, created (and its RAM page
     * watched) on first use; null if no RAM or ROM is there.
     */
    CodePage page(long address) {
        long physical = address & ~(CodePage.SIZE - 1L);
        if (ram != null && ram.contains(physical, CodePage.SIZE)) {
            int index = (int) ((physical - ram.base()) / CodePage.SIZE);
            CodePage page = ramPages[index];
            if (page == null) {
                page = new CodePage(physical);
                ramPages[index] = page;
                bus.watch(physical);
            }
            return page;
        }
        if (bus.romAt(address, 4) == null) {
            return null;
        }
        return romPages.computeIfAbsent(physical, CodePage::new);
    }

    /** The instruction word at virtual {@code pc} in {@code page}. */
    int word(CodePage page, int pc) {
        return (int) bus.read(page.physical + (pc & 0xfff), 4);
    }

    /**
     * Decodes the instruction at {@code pc} into its slot of {@code page}, or marks it as a
     * breakpoint, and returns the slot's packed value. Bytes that are not memory (past the end
     * of a ROM) decode as an instruction access fault.
     */
    int fill(CodePage page, int pc) {
        long word = bus.read(page.physical + (pc & 0xfff), 4);
        long slot = word == Bus.FAULT ? Op.FETCH_FAULT : Decoder.decode((int) word);
        if (isBreakpoint(pc)) {
            slot = (slot & ~0xffffffffL) | Op.BREAKPOINT;
        }
        page.slots[CodePage.slot(pc)] = slot;
        decoded++;
        return (int) slot;
    }

    /** True if {@code pc} is one of the breakpoints. */
    boolean isBreakpoint(int pc) {
        for (int breakpoint : breakpoints) {
            if (breakpoint == pc) {
                return true;
            }
        }
        return false;
    }

    /** Replaces the breakpoints (virtual addresses); if they changed, every page is decoded again. */
    void setBreakpoints(int[] addresses) {
        if (!Arrays.equals(breakpoints, addresses)) {
            breakpoints = addresses.clone();
            flush();
        }
    }

    /** Drops every decoded instruction (fence.i). */
    void flush() {
        Arrays.fill(ramPages, null);
        romPages.clear();
    }

    /** How many instruction slots were decoded since the hart was made. */
    long decoded() {
        return decoded;
    }

    /**
     * Clears the slots of every instruction the write overlaps: those starting up to three bytes
     * before it, since an instruction is four bytes long.
     */
    @Override
    public void written(long address, int length) {
        long end = address + length;
        for (long at = Math.max(ram.base(), (address - 3) & ~1L); at < end; at += 2) {
            CodePage page = ramPages[(int) ((at - ram.base()) / CodePage.SIZE)];
            if (page != null) {
                page.slots[CodePage.slot((int) at)] = Op.UNDECODED;
            }
        }
    }
}
