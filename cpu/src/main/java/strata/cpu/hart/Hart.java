package strata.cpu.hart;

import java.util.Arrays;
import strata.cpu.bus.Bus;
import strata.cpu.dev.Clock;
import strata.cpu.dev.InterruptLine;
import strata.cpu.exec.Interpreter;
import strata.cpu.mmu.Mmu;

/**
 * One RV32IMA hart (Zicsr, Zifencei, M/S/U modes, Sv32): its architectural state, and the API the
 * board drives it through. Everything a hart owns lives here (registers, pc, privilege, the CSR
 * storage, the LR reservation, the WFI flag, its counters); the semantics live beside it:
 * {@link Csrs} (CSR reads and writes), {@link Traps} (taking and returning from traps),
 * {@link Interrupts} (which interrupt is taken), the {@link Mmu} (address translation) and the
 * {@link Interpreter} (executing instructions). A hart knows the board only through its
 * {@link Bus} and its {@link Clock}, so several harts can share one board.
 *
 * <p>The register file has a 33rd entry: instructions whose rd is x0 are decoded to write it,
 * which keeps x0 zero without a test on every write.
 */
public final class Hart {
    /** The index instructions writing x0 are decoded to write instead. */
    public static final int SINK = 32;
    /** The value of misa: RV32 (MXL 1) with A, I, M, S and U. */
    public static final int MISA = 0x40000000 | 1 << ('A' - 'A') | 1 << ('I' - 'A') | 1 << ('M' - 'A')
            | 1 << ('S' - 'A') | 1 << ('U' - 'A');

    final int hartId;
    final Clock clock;
    final int[] x = new int[SINK + 1];
    int pc;
    int priv = Privilege.MACHINE.level();

    int mstatus;
    int medeleg;
    int mideleg;
    int mie;
    /** The bits of mip that software writes (SSIP, STIP, SEIP). */
    int mipSoftware;
    /** The bits of mip that interrupt lines drive (MSIP, MTIP, MEIP and the external SEIP). */
    int mipLines;
    int mtvec;
    int stvec;
    int mepc;
    int sepc;
    int mcause;
    int scause;
    int mtval;
    int stval;
    int mscratch;
    int sscratch;
    int satp;
    int mcounteren;
    int scounteren;
    int menvcfg;
    int senvcfg;
    final byte[] pmpcfg = new byte[16];
    final int[] pmpaddr = new int[16];

    boolean reserved;
    long reservation;
    int reservedValue;
    boolean waiting;

    final Counters counters = new Counters();
    final HartStats stats = new HartStats();
    private final Csrs csrs;
    private final Traps traps;
    private final Interrupts interrupts;
    private final Mmu mmu;
    private final Interpreter interpreter;

    /** A hart with id {@code hartId} on {@code bus}, reading time from {@code clock}, at reset. */
    public Hart(int hartId, Bus bus, Clock clock) {
        this.hartId = hartId;
        this.clock = clock;
        this.csrs = new Csrs(this);
        this.traps = new Traps(this);
        this.interrupts = new Interrupts(this);
        this.mmu = new Mmu(this, bus);
        this.interpreter = new Interpreter(this, bus, mmu);
    }

    /**
     * Runs up to {@code maxInstructions} instructions and returns how many were executed (an
     * instruction that traps counts: it took a cycle). Returns early when the hart waits in WFI
     * with nothing to wake it, stops at a breakpoint, or the bus asks the machine to stop.
     */
    public long run(long maxInstructions) {
        return interpreter.run(maxInstructions);
    }

    /** True if the hart executed WFI and no interrupt enabled in mie is pending. */
    public boolean isWaitingForInterrupt() {
        return waiting && !interrupts.wakesFromWfi();
    }

    /** Adds cycles that passed while the hart slept in WFI, so mcycle keeps pace with time. */
    public void addIdleCycles(long cycles) {
        counters.idle += cycles;
    }

    /**
     * The wire a device drives one bit of mip with: 3 (MSIP) and 7 (MTIP) from the CLINT, 11
     * (MEIP) and 9 (SEIP) from the PLIC. The external SEIP is ORed with the bit software writes.
     */
    public InterruptLine interruptLine(int mipBit) {
        int bit = 1 << mipBit;
        if ((bit & (Interrupts.MIP_MSIP | Interrupts.MIP_MTIP | Interrupts.MIP_MEIP | Interrupts.MIP_SEIP)) == 0) {
            throw new IllegalArgumentException("mip bit " + mipBit + " is not driven by a device");
        }
        return level -> mipLines = level ? mipLines | bit : mipLines & ~bit;
    }

    public int hartId() {
        return hartId;
    }

    public int pc() {
        return pc;
    }

    public void setPc(int pc) {
        this.pc = pc;
    }

    /** Integer register {@code index} (0..31). */
    public int x(int index) {
        return x[index];
    }

    /** Sets integer register {@code index}; writes to x0 are ignored. */
    public void setX(int index, int value) {
        if (index != 0) {
            x[index] = value;
        }
    }

    /** The live integer register file, x0..x31 and the sink; for the interpreter. */
    public int[] registers() {
        return x;
    }

    public Privilege privilege() {
        return Privilege.of(priv);
    }

    /** The current privilege level as encoded in MPP: 0, 1 or 3. */
    public int privilegeLevel() {
        return priv;
    }

    /** Instructions retired since reset. */
    public long instret() {
        return counters.retired();
    }

    /** Cycles since reset: one per instruction executed, plus the cycles asleep in WFI. */
    public long cycle() {
        return counters.cycles();
    }

    /** CSR {@code number} as the hart would read it in M-mode, without side effects. */
    public int csr(int number) {
        return csrs.peek(number);
    }

    public HartStats stats() {
        return stats;
    }

    public Csrs csrs() {
        return csrs;
    }

    public Traps traps() {
        return traps;
    }

    public Interrupts interrupts() {
        return interrupts;
    }

    public Mmu mmu() {
        return mmu;
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    public Counters counters() {
        return counters;
    }

    /** mstatus with SD computed from FS, VS and XS. */
    public int mstatus() {
        boolean dirty = (mstatus & Mstatus.FS) == Mstatus.FS || (mstatus & Mstatus.VS) == Mstatus.VS
                || (mstatus & Mstatus.XS) == Mstatus.XS;
        return dirty ? mstatus | Mstatus.SD : mstatus;
    }

    public int satp() {
        return satp;
    }

    /** mip as software reads it: the lines devices drive, ORed with the bits software wrote. */
    public int mip() {
        return mipLines | mipSoftware;
    }

    /** True if an LR reservation is held, on physical address {@link #reservation()}. */
    public boolean reserved() {
        return reserved;
    }

    public long reservation() {
        return reservation;
    }

    /** The word LR read: an SC succeeds only if memory still holds it, as on QEMU. */
    public int reservedValue() {
        return reservedValue;
    }

    /** Takes an LR reservation on {@code physicalAddress}, which held {@code value}. */
    public void reserve(long physicalAddress, int value) {
        reserved = true;
        reservation = physicalAddress;
        reservedValue = value;
    }

    /** Drops the LR reservation. */
    public void dropReservation() {
        reserved = false;
    }

    /** Enters the WFI wait (the board's run loop sees it through {@link #isWaitingForInterrupt}). */
    public void startWaiting() {
        waiting = true;
    }

    /** Leaves the WFI wait: an interrupt woke the hart. */
    public void stopWaiting() {
        waiting = false;
    }

    /**
     * Resets the hart as QEMU's system reset does: M-mode at {@code resetPc}, registers and
     * CSRs zero, no reservation, not waiting. The counters go on; memory and devices are the
     * board's.
     */
    public void reset(int resetPc) {
        Arrays.fill(x, 0);
        pc = resetPc;
        priv = Privilege.MACHINE.level();
        mstatus = 0;
        medeleg = 0;
        mideleg = 0;
        mie = 0;
        mipSoftware = 0;
        mtvec = 0;
        stvec = 0;
        mepc = 0;
        sepc = 0;
        mcause = 0;
        scause = 0;
        mtval = 0;
        stval = 0;
        mscratch = 0;
        sscratch = 0;
        satp = 0;
        mcounteren = 0;
        scounteren = 0;
        menvcfg = 0;
        senvcfg = 0;
        Arrays.fill(pmpcfg, (byte) 0);
        Arrays.fill(pmpaddr, 0);
        dropReservation();
        waiting = false;
        mmu.flush();
    }
}
