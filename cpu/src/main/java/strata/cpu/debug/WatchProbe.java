package strata.cpu.debug;

import strata.assembler.isa.Encoding;
import strata.assembler.isa.Format;
import strata.assembler.isa.Opcode;
import strata.cpu.bus.Bus;
import strata.cpu.hart.Hart;
import strata.cpu.mmu.Access;
import strata.cpu.mmu.Mmu;

/**
 * Which watchpoint the hart's next instruction will touch, found before it runs: the
 * instruction is decoded (loads, stores, LR, SC and the AMOs access memory), its virtual address
 * computed from the registers and translated without side effects. After it ran,
 * {@link Armed#hit} tells what it did there.
 */
final class WatchProbe {
    private final Hart hart;
    private final Bus bus;

    WatchProbe(Hart hart, Bus bus) {
        this.hart = hart;
        this.bus = bus;
    }

    /** A watchpoint the next instruction touches, with the value there before it runs. */
    record Armed(Watchpoint watchpoint, boolean write, long address, long physical, int width, long oldValue) {
    }

    /** The first watchpoint of {@code watchpoints} the instruction at pc touches, or null. */
    Armed probe(Iterable<Watchpoint> watchpoints) {
        long fetched = Inspector.peekVirtual(hart, bus, hart.pc(), Access.FETCH, 4);
        if (fetched == Bus.FAULT) {
            return null;
        }
        int word = (int) fetched;
        Opcode op = Opcode.decode(word);
        Format format = op.format();
        boolean reads = format == Format.LOAD || format == Format.LR || (format == Format.AMO && op != Opcode.SC_W);
        boolean writes = format == Format.STORE || format == Format.AMO;
        if (!reads && !writes) {
            return null;
        }
        int base = hart.x(Encoding.rs1(word));
        int va = switch (format) {
            case LOAD -> base + Encoding.immI(word);
            case STORE -> base + Encoding.immS(word);
            default -> base;
        };
        int width = format == Format.LOAD || format == Format.STORE ? 1 << (Encoding.funct3(word) & 3) : 4;
        long pa = hart.mmu().peek(va, writes ? Access.STORE : Access.LOAD);
        for (Watchpoint watchpoint : watchpoints) {
            boolean physical = watchpoint.space() == AddressSpace.PHYSICAL;
            if (physical && pa == Mmu.PAGE_FAULT) {
                continue;
            }
            long at = physical ? pa : Integer.toUnsignedLong(va);
            boolean triggered = (reads && watchpoint.kind().triggeredBy(false))
                    || (writes && watchpoint.kind().triggeredBy(true));
            if (triggered && watchpoint.overlaps(at, width)) {
                boolean reportWrite = writes && watchpoint.kind().triggeredBy(true);
                return new Armed(watchpoint, reportWrite, at, pa, width, value(pa, width));
            }
        }
        return null;
    }

    /** The value now at the location {@code armed} names (after the instruction ran). */
    long valueNow(Armed armed) {
        return value(armed.physical(), armed.width());
    }

    private long value(long pa, int width) {
        if (pa == Mmu.PAGE_FAULT) {
            return 0;
        }
        byte[] bytes = bus.readBytes(pa, width);
        return bytes == null ? 0 : Inspector.littleEndian(bytes);
    }
}
