package strata.cpu.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalInt;
import strata.assembler.disasm.Disassembler;
import strata.assembler.disasm.SymbolLookup;
import strata.assembler.isa.Csr;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.Format;
import strata.assembler.isa.Opcode;
import strata.assembler.isa.Operand;
import strata.cpu.bus.Bus;
import strata.cpu.hart.Hart;
import strata.cpu.hart.TrapCause;
import strata.cpu.hart.Traps;
import strata.cpu.mmu.Access;
import strata.cpu.mmu.Mmu;

/**
 * An instruction trace in Spike's {@code --log-commits} format, one line per retired instruction:
 *
 * <pre>
 * core   0: 3 0x80000000 (0x00000297) x5  0x80000000
 * core   0: 3 0x80000008 (0x0002a303) x6  0x00000013 mem 0x80000000
 * core   0: 1 0x8000000c (0x0062a023) mem 0x80000000 0x00000013
 * core   0: 3 0x80000010 (0x30529073) c773_mtvec 0x80000100
 * </pre>
 *
 * giving the privilege the instruction ran in, its pc and word, then the register it wrote
 * (never x0), the CSR it wrote (also mstatus for mret and sret), the virtual address it read and
 * the address and value it wrote. An instruction that traps does not retire and has no line;
 * the trap gets Spike's two lines instead ({@code core   0: exception trap_illegal_instruction,
 * epc 0x...} and the tval), as does an interrupt. With disassembly, each instruction is also
 * announced the way {@code spike -l} does, before it runs, with the toolchain's disassembler,
 * and a line {@code >>>>  name} marks the start of each symbol.
 *
 * <p>The log is an observer: it steps the hart one instruction at a time and compares the
 * state before and after, so the untraced interpreter carries no trace code. Outside the
 * window ({@link #setWindow}) the hart runs at full speed up to a breakpoint at its start.
 */
public final class CommitLog {
    private final Hart hart;
    private final Bus bus;
    private final Appendable out;
    private final Disassembler disassembler;
    private final SymbolLookup symbols;
    private final String prefix;
    private OptionalInt from = OptionalInt.empty();
    private OptionalInt to = OptionalInt.empty();
    private boolean inWindow = true;
    private boolean finished;

    /**
     * A log of {@code hart} to {@code out}; with {@code disassemble}, instructions are also
     * printed as text, branch targets and symbol starts named by {@code symbols}.
     */
    public CommitLog(Hart hart, Bus bus, Appendable out, boolean disassemble, SymbolLookup symbols) {
        this.hart = hart;
        this.bus = bus;
        this.out = out;
        this.disassembler = disassemble ? new Disassembler().withSymbols(symbols) : null;
        this.symbols = symbols;
        this.prefix = String.format("core %3d: ", hart.hartId());
    }

    /**
     * Logs only from the moment the hart reaches {@code start} (absent: at once) until it has
     * executed {@code end} (absent: to the end), every time it comes back to {@code start}.
     */
    public void setWindow(OptionalInt start, OptionalInt end) {
        from = start;
        to = end;
        inWindow = start.isEmpty();
        finished = false;
    }

    /** Runs like {@link Hart#run}, logging what runs inside the window. */
    public long run(long maxInstructions) {
        long done = 0;
        while (done < maxInstructions && !bus.stopRequested()) {
            if (!inWindow) {
                if (finished || from.isEmpty() || hart.pc() != from.getAsInt()) {
                    hart.interpreter().setBreakpoints(finished || from.isEmpty() ? new int[0] : from.stream().toArray());
                    done += hart.run(maxInstructions - done);
                    if (!hart.interpreter().stoppedAtBreakpoint()) {
                        return done;
                    }
                }
                hart.interpreter().setBreakpoints();
                inWindow = true;
                continue;
            }
            int pc = hart.pc();
            long ran = step();
            if (ran == 0) {
                break;
            }
            done += ran;
            if (to.isPresent() && pc == to.getAsInt()) {
                inWindow = false;
                finished = from.isEmpty();
            }
        }
        return done;
    }

    /** Executes and logs one instruction (after any interrupt it takes first); returns 0 if none ran. */
    private long step() {
        while (hart.interpreter().takeInterrupt() != null) {
            logTrap(hart.traps().last());
        }
        int pc = hart.pc();
        int priv = hart.privilegeLevel();
        int[] before = new int[32];
        for (int i = 0; i < 32; i++) {
            before[i] = hart.x(i);
        }
        long fetched = read(pc, Access.FETCH, 4);
        int word = (int) fetched;
        long exceptions = hart.stats().exceptions();
        boolean reservationHolds = scWouldSucceed(word, before);
        if (disassembler != null && fetched != Bus.FAULT) {
            announce(pc, word);
        }
        long ran = hart.run(1);
        if (ran == 0) {
            return 0;
        }
        if (hart.stats().exceptions() != exceptions) {
            logTrap(hart.traps().last());
        } else {
            logCommit(priv, pc, word, before, reservationHolds);
        }
        return ran;
    }

    private void announce(int pc, int word) {
        String label = symbols.label(pc);
        if (label != null && !label.contains("+")) {
            print(prefix + ">>>>  " + label);
        }
        print(String.format("%s0x%08x (0x%08x) %s", prefix, pc, word, disassembler.disassemble(word, pc).text()));
    }

    private void logTrap(Traps.Taken trap) {
        print(String.format("%sexception %s, epc 0x%08x", prefix, trap.cause().spikeName(), trap.epc()));
        if (trap.cause().tval() != TrapCause.Tval.NONE) {
            print(String.format("%s          tval 0x%08x", prefix, trap.tval()));
        }
    }

    private void logCommit(int priv, int pc, int word, int[] before, boolean scSucceeds) {
        StringBuilder line = new StringBuilder(String.format("%s%d 0x%08x (0x%08x)", prefix, priv, pc, word));
        Opcode op = Opcode.decode(word);
        Format format = op.format();
        int rd = Encoding.rd(word);
        if (rd != 0 && format.operands().contains(Operand.RD)) {
            line.append(String.format(" x%-2d 0x%08x", rd, hart.x(rd)));
        }
        csrWrite(op, word, line);
        int address = switch (format) {
            case LOAD -> before[Encoding.rs1(word)] + Encoding.immI(word);
            case STORE -> before[Encoding.rs1(word)] + Encoding.immS(word);
            default -> before[Encoding.rs1(word)];
        };
        int width = 1 << (Encoding.funct3(word) & 3);
        boolean loads = format == Format.LOAD || format == Format.LR || (format == Format.AMO && op != Opcode.SC_W);
        boolean stores = format == Format.STORE || (format == Format.AMO && (op != Opcode.SC_W || scSucceeds));
        if (loads) {
            line.append(String.format(" mem 0x%08x", address));
        }
        if (stores) {
            long value = format == Format.STORE ? before[Encoding.rs2(word)] : read(address, Access.LOAD, 4);
            String digits = "%0" + (2 * width) + "x";
            line.append(String.format(" mem 0x%08x 0x" + digits, address, value & ((1L << (8 * width)) - 1)));
        }
        print(line.toString());
    }

    /** Appends the CSR an instruction wrote: the CSR instructions that write, and mstatus for xRET. */
    private void csrWrite(Opcode op, int word, StringBuilder line) {
        int csr;
        if (op == Opcode.MRET || op == Opcode.SRET) {
            csr = Csr.MSTATUS.number();
        } else if (op.format() == Format.CSR || op.format() == Format.CSRI) {
            boolean writes = op == Opcode.CSRRW || op == Opcode.CSRRWI || Encoding.rs1(word) != 0;
            if (!writes) {
                return;
            }
            csr = Encoding.csr(word);
        } else {
            return;
        }
        line.append(String.format(" c%d_%s 0x%08x", csr, Csr.nameOf(csr), hart.csr(csr)));
    }

    /** Whether an SC in {@code word} would find its reservation and the value LR read, before it runs. */
    private boolean scWouldSucceed(int word, int[] registers) {
        if (Opcode.decode(word) != Opcode.SC_W || !hart.reserved()) {
            return false;
        }
        long pa = hart.mmu().peek(registers[Encoding.rs1(word)], Access.STORE);
        return pa != Mmu.PAGE_FAULT && pa == hart.reservation() && bus.read(pa, 4) == Integer.toUnsignedLong(hart.reservedValue());
    }

    /** The {@code width}-byte value at virtual {@code va} as the hart sees it now, without side effects. */
    private long read(int va, Access access, int width) {
        long pa = hart.mmu().peek(va, access);
        return pa == Mmu.PAGE_FAULT ? Bus.FAULT : bus.read(pa, width);
    }

    private void print(String line) {
        try {
            out.append(line).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
