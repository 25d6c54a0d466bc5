package strata.cpu.exec;

import static strata.cpu.exec.Decoder.rd;
import static strata.cpu.exec.Decoder.rs1;
import static strata.cpu.exec.Decoder.rs2;

import strata.cpu.bus.Bus;
import strata.cpu.bus.Ram;
import strata.cpu.hart.Counters;
import strata.cpu.hart.Hart;
import strata.cpu.hart.TrapCause;
import strata.cpu.mmu.Access;
import strata.cpu.mmu.Mmu;
import strata.cpu.mmu.Tlb;

/**
 * Executes a hart's instructions. {@link #run} is the outer loop: between bursts it honours stop
 * requests, WFI, pending interrupts and the translation context. {@link #execute} is the hot
 * loop: fetch the decoded slot of pc from the current code page, dispatch on its operation.
 *
 * <p>The hot loop trades elegance for speed, on purpose. It keeps pc, the code page and the TLB
 * arrays in locals; loads and stores that hit the TLB touch the RAM array directly; anything
 * rarer is a call into a class named for it ({@link MemoryAccess}, {@link Atomics},
 * {@link SystemInstructions}, {@link DecodeCache}). Whatever may change the privilege, the
 * translation, the pending interrupts or the stop request (a trap, a CSR, a device access)
 * ends the burst, so the loop itself never checks for them.
 */
public final class Interpreter {
    private static final int PAGE = 0xfffff000;

    private final Hart hart;
    private final int[] x;
    private final Bus bus;
    private final Mmu mmu;
    private final Counters counters;
    private final DecodeCache cache;
    private final MemoryAccess memory;
    private final Atomics atomics;
    private final SystemInstructions system;
    private final byte[] ram;
    /** Set by a slow path when the burst must end (a trap, a device access). */
    private boolean exit;
    private boolean stoppedAtBreakpoint;
    private boolean resumeValid;
    private int resumePc;
    /** The slot of a breakpoint being stepped over: it holds the real instruction for one step. */
    private long[] rearmed;
    private int rearmedSlot;
    private long rearmedValue;

    public Interpreter(Hart hart, Bus bus, Mmu mmu) {
        this.hart = hart;
        this.x = hart.registers();
        this.bus = bus;
        this.mmu = mmu;
        this.counters = hart.counters();
        this.cache = new DecodeCache(bus);
        this.memory = new MemoryAccess(hart, bus, mmu);
        this.atomics = new Atomics(hart, bus, mmu, memory);
        this.system = new SystemInstructions(hart, mmu, cache);
        Ram memoryRam = bus.ram();
        this.ram = memoryRam == null ? new byte[0] : memoryRam.bytes();
    }

    /** See {@link Hart#run}. */
    public long run(long maxInstructions) {
        long done = 0;
        boolean resume = stoppedAtBreakpoint;
        stoppedAtBreakpoint = false;
        while (done < maxInstructions && !bus.stopRequested()) {
            if (hart.isWaitingForInterrupt()) {
                break;
            }
            hart.stopWaiting();
            TrapCause interrupt = hart.interrupts().pending();
            if (interrupt != null) {
                hart.setPc(hart.traps().take(interrupt, 0, hart.pc()));
            }
            resumeValid = resume && hart.pc() == resumePc;
            resume = false;
            mmu.updateContext();
            done += execute(maxInstructions - done);
            if (stoppedAtBreakpoint) {
                break;
            }
        }
        return done;
    }

    /** Takes the pending interrupt, if any, as the hart would before its next instruction. */
    public TrapCause takeInterrupt() {
        TrapCause interrupt = hart.interrupts().pending();
        if (interrupt != null) {
            hart.stopWaiting();
            hart.setPc(hart.traps().take(interrupt, 0, hart.pc()));
        }
        return interrupt;
    }

    /** Makes {@link #run} stop before executing any of {@code addresses} (virtual); none to clear. */
    public void setBreakpoints(int... addresses) {
        cache.setBreakpoints(addresses);
    }

    /** True if the last {@link #run} ended at a breakpoint (the pc), which the next run executes. */
    public boolean stoppedAtBreakpoint() {
        return stoppedAtBreakpoint;
    }

    /** Instruction slots decoded since the hart was made: a measure of decode-cache misses. */
    public long decoded() {
        return cache.decoded();
    }

    /**
     * The hot loop: up to {@code limit} instructions from hart.pc, until one that needs the
     * outer loop. Returns how many it executed (a trapping one included). A slot not decoded
     * yet is decoded and dispatched again; a breakpoint's slot ends the burst, or, when the run
     * resumes from it, holds the real instruction for exactly one step.
     */
    private long execute(long limit) {
        final int[] x = this.x;
        final byte[] ram = this.ram;
        final CodePage[] ramPages = cache.ramPages();
        final Tlb fetchTlb = mmu.fetchTlb();
        final Tlb dataTlb = mmu.dataTlb();
        final int[] fetchTag = fetchTlb.fetchTag;
        final int[] fetchOffset = fetchTlb.fetchOffset;
        final int[] loadTag = dataTlb.loadTag;
        final int[] loadOffset = dataTlb.loadOffset;
        final int[] storeTag = dataTlb.storeTag;
        final int[] storeOffset = dataTlb.storeOffset;
        int pc = hart.pc();
        int page = ~PAGE;
        CodePage current = null;
        long[] code = null;
        long n = 0;
        long counted = 0;
        long lookups = 0;
        loop:
        while (n < limit) {
            if ((pc & PAGE) != page) {
                lookups++;
                int i = Tlb.index(pc);
                current = fetchTag[i] == (pc & PAGE) ? ramPages[(fetchOffset[i] + pc) >>> 12] : null;
                if (current == null) {
                    current = fetchPage(pc);
                    if (current == null) {
                        n++;
                        pc = hart.pc();
                        break;
                    }
                }
                page = pc & PAGE;
                code = current.slots;
            }
            int s = CodePage.slot(pc);
            long slot = code[s];
            int d = (int) slot;
            int imm = (int) (slot >> 32);
            n++;
            switch (d & 0x7f) {
                case Op.UNDECODED -> {
                    cache.fill(current, pc);
                    n--;
                }
                case Op.BREAKPOINT -> {
                    n--;
                    if (!resumeValid || pc != resumePc) {
                        stoppedAtBreakpoint = true;
                        resumePc = pc;
                        break loop;
                    }
                    resumeValid = false;
                    code[s] = Decoder.decode(cache.word(current, pc));
                    rearmed = code;
                    rearmedSlot = s;
                    rearmedValue = slot;
                    limit = n + 1;
                }
                case Op.LUI -> {
                    x[rd(d)] = imm;
                    pc += 4;
                }
                case Op.AUIPC -> {
                    x[rd(d)] = pc + imm;
                    pc += 4;
                }
                case Op.JAL -> {
                    if ((imm & 2) != 0) {
                        pc = misaligned(pc + imm, pc);
                        break loop;
                    }
                    x[rd(d)] = pc + 4;
                    pc += imm;
                }
                case Op.JALR -> {
                    int target = (x[rs1(d)] + imm) & ~1;
                    if ((target & 2) != 0) {
                        pc = misaligned(target, pc);
                        break loop;
                    }
                    x[rd(d)] = pc + 4;
                    pc = target;
                }
                case Op.BEQ -> {
                    if (!(x[rs1(d)] == x[rs2(d)])) {
                        pc += 4;
                    } else if ((imm & 2) == 0) {
                        pc += imm;
                    } else {
                        pc = misaligned(pc + imm, pc);
                        break loop;
                    }
                }
                case Op.BNE -> {
                    if (!(x[rs1(d)] != x[rs2(d)])) {
                        pc += 4;
                    } else if ((imm & 2) == 0) {
                        pc += imm;
                    } else {
                        pc = misaligned(pc + imm, pc);
                        break loop;
                    }
                }
                case Op.BLT -> {
                    if (!(x[rs1(d)] < x[rs2(d)])) {
                        pc += 4;
                    } else if ((imm & 2) == 0) {
                        pc += imm;
                    } else {
                        pc = misaligned(pc + imm, pc);
                        break loop;
                    }
                }
                case Op.BGE -> {
                    if (!(x[rs1(d)] >= x[rs2(d)])) {
                        pc += 4;
                    } else if ((imm & 2) == 0) {
                        pc += imm;
                    } else {
                        pc = misaligned(pc + imm, pc);
                        break loop;
                    }
                }
                case Op.BLTU -> {
                    if (!(Integer.compareUnsigned(x[rs1(d)], x[rs2(d)]) < 0)) {
                        pc += 4;
                    } else if ((imm & 2) == 0) {
                        pc += imm;
                    } else {
                        pc = misaligned(pc + imm, pc);
                        break loop;
                    }
                }
                case Op.BGEU -> {
                    if (!(Integer.compareUnsigned(x[rs1(d)], x[rs2(d)]) >= 0)) {
                        pc += 4;
                    } else if ((imm & 2) == 0) {
                        pc += imm;
                    } else {
                        pc = misaligned(pc + imm, pc);
                        break loop;
                    }
                }
                case Op.LB -> {
                    int a = x[rs1(d)] + imm;
                    int i = Tlb.index(a);
                    lookups++;
                    if (loadTag[i] == (a & (PAGE))) {
                        x[rd(d)] = ram[loadOffset[i] + a];
                        pc += 4;
                    } else {
                        pc = slowLoad(d, a, pc);
                        if (exit) {
                            break loop;
                        }
                    }
                }
                case Op.LH -> {
                    int a = x[rs1(d)] + imm;
                    int i = Tlb.index(a);
                    lookups++;
                    if (loadTag[i] == (a & (PAGE | 1))) {
                        x[rd(d)] = Ram.short16(ram, loadOffset[i] + a);
                        pc += 4;
                    } else {
                        pc = slowLoad(d, a, pc);
                        if (exit) {
                            break loop;
                        }
                    }
                }
                case Op.LW -> {
                    int a = x[rs1(d)] + imm;
                    int i = Tlb.index(a);
                    lookups++;
                    if (loadTag[i] == (a & (PAGE | 3))) {
                        x[rd(d)] = Ram.int32(ram, loadOffset[i] + a);
                        pc += 4;
                    } else {
                        pc = slowLoad(d, a, pc);
                        if (exit) {
                            break loop;
                        }
                    }
                }
                case Op.LBU -> {
                    int a = x[rs1(d)] + imm;
                    int i = Tlb.index(a);
                    lookups++;
                    if (loadTag[i] == (a & (PAGE))) {
                        x[rd(d)] = ram[loadOffset[i] + a] & 0xff;
                        pc += 4;
                    } else {
                        pc = slowLoad(d, a, pc);
                        if (exit) {
                            break loop;
                        }
                    }
                }
                case Op.LHU -> {
                    int a = x[rs1(d)] + imm;
                    int i = Tlb.index(a);
                    lookups++;
                    if (loadTag[i] == (a & (PAGE | 1))) {
                        x[rd(d)] = Ram.short16(ram, loadOffset[i] + a) & 0xffff;
                        pc += 4;
                    } else {
                        pc = slowLoad(d, a, pc);
                        if (exit) {
                            break loop;
                        }
                    }
                }
                case Op.SB -> {
                    int a = x[rs1(d)] + imm;
                    int i = Tlb.index(a);
                    lookups++;
                    if (storeTag[i] == (a & (PAGE))) {
                        ram[storeOffset[i] + a] = (byte) x[rs2(d)];
                        pc += 4;
                    } else {
                        pc = slowStore(d, a, pc);
                        if (exit) {
                            break loop;
                        }
                    }
                }
                case Op.SH -> {
                    int a = x[rs1(d)] + imm;
                    int i = Tlb.index(a);
                    lookups++;
                    if (storeTag[i] == (a & (PAGE | 1))) {
                        Ram.setShort16(ram, storeOffset[i] + a, x[rs2(d)]);
                        pc += 4;
                    } else {
                        pc = slowStore(d, a, pc);
                        if (exit) {
                            break loop;
                        }
                    }
                }
                case Op.SW -> {
                    int a = x[rs1(d)] + imm;
                    int i = Tlb.index(a);
                    lookups++;
                    if (storeTag[i] == (a & (PAGE | 3))) {
                        Ram.setInt32(ram, storeOffset[i] + a, x[rs2(d)]);
                        pc += 4;
                    } else {
                        pc = slowStore(d, a, pc);
                        if (exit) {
                            break loop;
                        }
                    }
                }
                case Op.ADDI -> {
                    x[rd(d)] = x[rs1(d)] + imm;
                    pc += 4;
                }
                case Op.SLTI -> {
                    x[rd(d)] = x[rs1(d)] < imm ? 1 : 0;
                    pc += 4;
                }
                case Op.SLTIU -> {
                    x[rd(d)] = Integer.compareUnsigned(x[rs1(d)], imm) < 0 ? 1 : 0;
                    pc += 4;
                }
                case Op.XORI -> {
                    x[rd(d)] = x[rs1(d)] ^ imm;
                    pc += 4;
                }
                case Op.ORI -> {
                    x[rd(d)] = x[rs1(d)] | imm;
                    pc += 4;
                }
                case Op.ANDI -> {
                    x[rd(d)] = x[rs1(d)] & imm;
                    pc += 4;
                }
                case Op.SLLI -> {
                    x[rd(d)] = x[rs1(d)] << imm;
                    pc += 4;
                }
                case Op.SRLI -> {
                    x[rd(d)] = x[rs1(d)] >>> imm;
                    pc += 4;
                }
                case Op.SRAI -> {
                    x[rd(d)] = x[rs1(d)] >> imm;
                    pc += 4;
                }
                case Op.ADD -> {
                    x[rd(d)] = x[rs1(d)] + x[rs2(d)];
                    pc += 4;
                }
                case Op.SUB -> {
                    x[rd(d)] = x[rs1(d)] - x[rs2(d)];
                    pc += 4;
                }
                case Op.SLL -> {
                    x[rd(d)] = x[rs1(d)] << x[rs2(d)];
                    pc += 4;
                }
                case Op.SLT -> {
                    x[rd(d)] = x[rs1(d)] < x[rs2(d)] ? 1 : 0;
                    pc += 4;
                }
                case Op.SLTU -> {
                    x[rd(d)] = Integer.compareUnsigned(x[rs1(d)], x[rs2(d)]) < 0 ? 1 : 0;
                    pc += 4;
                }
                case Op.XOR -> {
                    x[rd(d)] = x[rs1(d)] ^ x[rs2(d)];
                    pc += 4;
                }
                case Op.SRL -> {
                    x[rd(d)] = x[rs1(d)] >>> x[rs2(d)];
                    pc += 4;
                }
                case Op.SRA -> {
                    x[rd(d)] = x[rs1(d)] >> x[rs2(d)];
                    pc += 4;
                }
                case Op.OR -> {
                    x[rd(d)] = x[rs1(d)] | x[rs2(d)];
                    pc += 4;
                }
                case Op.AND -> {
                    x[rd(d)] = x[rs1(d)] & x[rs2(d)];
                    pc += 4;
                }
                case Op.MUL -> {
                    x[rd(d)] = x[rs1(d)] * x[rs2(d)];
                    pc += 4;
                }
                case Op.MULH -> {
                    x[rd(d)] = (int) (((long) x[rs1(d)] * x[rs2(d)]) >> 32);
                    pc += 4;
                }
                case Op.MULHSU -> {
                    x[rd(d)] = (int) (((long) x[rs1(d)] * Integer.toUnsignedLong(x[rs2(d)])) >> 32);
                    pc += 4;
                }
                case Op.MULHU -> {
                    x[rd(d)] = (int) ((Integer.toUnsignedLong(x[rs1(d)]) * Integer.toUnsignedLong(x[rs2(d)])) >>> 32);
                    pc += 4;
                }
                case Op.DIV -> {
                    x[rd(d)] = divide(x[rs1(d)], x[rs2(d)]);
                    pc += 4;
                }
                case Op.DIVU -> {
                    x[rd(d)] = divideUnsigned(x[rs1(d)], x[rs2(d)]);
                    pc += 4;
                }
                case Op.REM -> {
                    x[rd(d)] = remainder(x[rs1(d)], x[rs2(d)]);
                    pc += 4;
                }
                case Op.REMU -> {
                    x[rd(d)] = remainderUnsigned(x[rs1(d)], x[rs2(d)]);
                    pc += 4;
                }
                case Op.FENCE -> pc += 4;
                case Op.LR_W, Op.SC_W, Op.AMOSWAP_W, Op.AMOADD_W, Op.AMOXOR_W, Op.AMOAND_W, Op.AMOOR_W,
                        Op.AMOMIN_W, Op.AMOMAX_W, Op.AMOMINU_W, Op.AMOMAXU_W -> {
                    pc = atomics.execute(d, pc);
                    if (atomics.attention) {
                        break loop;
                    }
                }
                case Op.ILLEGAL -> {
                    pc = hart.traps().take(TrapCause.ILLEGAL_INSTRUCTION, imm, pc);
                    break loop;
                }
                case Op.FETCH_FAULT -> {
                    pc = hart.traps().take(TrapCause.INSTRUCTION_ACCESS_FAULT, pc, pc);
                    break loop;
                }
                default -> {
                    counters.addSteps(n - 1 - counted);
                    counted = n - 1;
                    pc = system.execute(d, imm, cache.word(current, pc), pc);
                    break loop;
                }
            }
        }
        if (rearmed != null) {
            rearmed[rearmedSlot] = rearmedValue;
            rearmed = null;
        }
        hart.setPc(pc);
        counters.addSteps(n - counted);
        mmu.countLookups(lookups);
        return n;
    }

    /** Division by zero gives -1 and the overflow -2^31 / -1 gives -2^31, which is what Java's int division does. */
    private static int divide(int a, int b) {
        return b == 0 ? -1 : a / b;
    }

    private static int divideUnsigned(int a, int b) {
        return b == 0 ? -1 : Integer.divideUnsigned(a, b);
    }

    /** The remainder of a division by zero is the dividend; of the overflow, 0 (Java's too). */
    private static int remainder(int a, int b) {
        return b == 0 ? a : a % b;
    }

    private static int remainderUnsigned(int a, int b) {
        return b == 0 ? a : Integer.remainderUnsigned(a, b);
    }

    /**
     * A load the TLB check sent here (a miss, a misaligned address, a device): writes rd and
     * returns the next pc, or takes the fault and returns the handler's. Sets {@link #exit}
     * when the burst must end.
     */
    private int slowLoad(int d, int a, int pc) {
        int op = d & 0x7f;
        int width = op == Op.LW ? 4 : op == Op.LH || op == Op.LHU ? 2 : 1;
        long value = memory.load(a, width);
        if (value == MemoryAccess.FAULT) {
            exit = true;
            return memory.trap(pc);
        }
        int v = (int) value;
        x[rd(d)] = op == Op.LB ? (byte) v : op == Op.LH ? (short) v : v;
        exit = memory.touchedDevice;
        return pc + 4;
    }

    /**
     * A store the TLB check sent here; as {@link #slowLoad}. A store to a watched page may make
     * a watcher ask for a stop (HTIF's tohost), which ends the burst too.
     */
    private int slowStore(int d, int a, int pc) {
        int op = d & 0x7f;
        int width = op == Op.SW ? 4 : op == Op.SH ? 2 : 1;
        if (!memory.store(a, width, x[rs2(d)])) {
            exit = true;
            return memory.trap(pc);
        }
        exit = memory.touchedDevice || bus.stopRequested();
        return pc + 4;
    }

    /** A jump or taken branch at {@code pc} to a target that is not four-byte aligned. */
    private int misaligned(int target, int pc) {
        return hart.traps().take(TrapCause.INSTRUCTION_ADDRESS_MISALIGNED, target, pc);
    }

    /**
     * The code page of {@code pc} when the fetch TLB does not have it: translates, and finds or
     * makes the decoded page. On a fault, takes the exception, leaves the handler's address in
     * the hart's pc and returns null.
     */
    private CodePage fetchPage(int pc) {
        if ((pc & 3) != 0) {
            hart.setPc(misaligned(pc, pc));
            return null;
        }
        long pa = mmu.translate(pc, Access.FETCH);
        if (pa == Mmu.PAGE_FAULT) {
            hart.setPc(hart.traps().take(TrapCause.INSTRUCTION_PAGE_FAULT, pc, pc));
            return null;
        }
        CodePage page = cache.page(pa);
        if (page == null) {
            hart.setPc(hart.traps().take(TrapCause.INSTRUCTION_ACCESS_FAULT, pc, pc));
        }
        return page;
    }
}
