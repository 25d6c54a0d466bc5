package strata.cpu.exec;

import strata.cpu.bus.Bus;
import strata.cpu.hart.Hart;
import strata.cpu.hart.TrapCause;
import strata.cpu.mmu.Access;
import strata.cpu.mmu.Mmu;

/**
 * The A extension: LR.W/SC.W with a reservation on a physical address, and the AMOs, which
 * read, modify and write a word in one step (the emulator runs one hart at a time, so a plain
 * read then write is atomic). As on QEMU, an SC succeeds when the reservation is on its address
 * and memory still holds the value LR read; any trap or xRET drops the reservation. The address must be aligned: LR raises a load-address-misaligned
 * exception, SC and the AMOs a store/AMO-address-misaligned one, before translation. SC and the
 * AMOs translate as stores; an SC that fails writes nothing and sets no D bit.
 */
final class Atomics {
    private final Hart hart;
    private final Bus bus;
    private final int[] x;
    private final Mmu mmu;
    private final MemoryAccess memory;
    /** True after an instruction that trapped, reached a device or made a watcher ask for a stop. */
    boolean attention;

    Atomics(Hart hart, Bus bus, Mmu mmu, MemoryAccess memory) {
        this.hart = hart;
        this.bus = bus;
        this.x = hart.registers();
        this.mmu = mmu;
        this.memory = memory;
    }

    /** Executes the atomic instruction {@code packed} at {@code pc}; returns the next pc. */
    int execute(int packed, int pc) {
        int op = packed & 0x7f;
        int address = x[Decoder.rs1(packed)];
        int rd = Decoder.rd(packed);
        int source = x[Decoder.rs2(packed)];
        if ((address & 3) != 0) {
            attention = true;
            TrapCause cause = op == Op.LR_W ? TrapCause.LOAD_ADDRESS_MISALIGNED : TrapCause.STORE_ADDRESS_MISALIGNED;
            return hart.traps().take(cause, address, pc);
        }
        boolean ok = switch (op) {
            case Op.LR_W -> loadReserved(address, rd);
            case Op.SC_W -> storeConditional(address, rd, source);
            default -> readModifyWrite(op, address, rd, source);
        };
        attention = !ok || memory.touchedDevice || bus.stopRequested();
        return ok ? pc + 4 : memory.trap(pc);
    }

    private boolean loadReserved(int address, int rd) {
        memory.touchedDevice = false;
        long pa = memory.physical(address, Access.LOAD);
        long value = pa == MemoryAccess.FAULT ? MemoryAccess.FAULT : memory.read(pa, 4, address, Access.LOAD);
        if (value == MemoryAccess.FAULT) {
            return false;
        }
        x[rd] = (int) value;
        hart.reserve(pa, (int) value);
        return true;
    }

    private boolean storeConditional(int address, int rd, int source) {
        memory.touchedDevice = false;
        long pa = mmu.peek(address, Access.STORE);
        if (pa == Mmu.PAGE_FAULT) {
            return memory.fail(TrapCause.STORE_PAGE_FAULT, address);
        }
        boolean succeeds = hart.reserved() && hart.reservation() == pa;
        hart.dropReservation();
        if (succeeds) {
            pa = memory.physical(address, Access.STORE);
            long current = pa == MemoryAccess.FAULT ? MemoryAccess.FAULT : memory.read(pa, 4, address, Access.STORE);
            if (current == MemoryAccess.FAULT) {
                return false;
            }
            succeeds = (int) current == hart.reservedValue();
            if (succeeds && !memory.write(pa, 4, source, address)) {
                return false;
            }
        }
        x[rd] = succeeds ? 0 : 1;
        return true;
    }

    private boolean readModifyWrite(int op, int address, int rd, int source) {
        memory.touchedDevice = false;
        long pa = memory.physical(address, Access.STORE);
        long old = pa == MemoryAccess.FAULT ? MemoryAccess.FAULT : memory.read(pa, 4, address, Access.STORE);
        if (old == MemoryAccess.FAULT) {
            return false;
        }
        int value = (int) old;
        if (!memory.write(pa, 4, combine(op, value, source), address)) {
            return false;
        }
        x[rd] = value;
        return true;
    }

    private static int combine(int op, int memory, int source) {
        return switch (op) {
            case Op.AMOSWAP_W -> source;
            case Op.AMOADD_W -> memory + source;
            case Op.AMOXOR_W -> memory ^ source;
            case Op.AMOAND_W -> memory & source;
            case Op.AMOOR_W -> memory | source;
            case Op.AMOMIN_W -> Math.min(memory, source);
            case Op.AMOMAX_W -> Math.max(memory, source);
            case Op.AMOMINU_W -> Integer.compareUnsigned(memory, source) <= 0 ? memory : source;
            default -> Integer.compareUnsigned(memory, source) >= 0 ? memory : source;
        };
    }
}
