package strata.cpu.hart;

/**
 * Taking a trap and returning from one. A trap goes to S-mode when the hart is in S- or U-mode
 * and medeleg (exceptions) or mideleg (interrupts) delegates it, otherwise to M-mode. Taking it
 * saves the pc in xepc, the cause and value in xcause and xtval, stacks the privilege and
 * interrupt enable in mstatus (xPP, xPIE, xIE = 0) and jumps to xtvec: its base, plus four times
 * the cause for an interrupt when xtvec's mode is vectored. Every trap, and every xRET, drops the
 * LR reservation, so that an SC can never succeed across a context switch.
 */
public final class Traps {
    /** A trap as it was taken: what, with which trap value, at which pc. */
    public record Taken(TrapCause cause, int tval, int epc) {
    }

    /**
     * Hears every trap and every return from one (an OS's system calls, a tracer's view of the
     * kernel): on the emulator thread, before the trap changes anything and after the return did.
     */
    public interface Observer {
        /** The hart, in {@code privilege}, takes {@code cause} at {@code epc}. */
        void trapped(TrapCause cause, int epc, Privilege privilege);

        /** An mret or sret took the hart to {@code privilege} at {@code pc}. */
        void returned(Privilege privilege, int pc);
    }

    private final Hart hart;
    private Observer observer;
    private TrapCause lastCause;
    private int lastTval;
    private int lastEpc;

    Traps(Hart hart) {
        this.hart = hart;
    }

    /** From now on {@code observer} (null: none) hears every trap and return. */
    public void observe(Observer observer) {
        this.observer = observer;
    }

    /** Takes {@code cause} with trap value {@code tval} at {@code epc}; returns the handler's address. */
    public int take(TrapCause cause, int tval, int epc) {
        if (observer != null) {
            observer.trapped(cause, epc, Privilege.of(hart.priv));
        }
        lastCause = cause;
        lastTval = tval;
        lastEpc = epc;
        hart.stats.count(cause);
        if (!cause.isInterrupt()) {
            hart.counters.exceptions++;
        }
        hart.dropReservation();
        hart.waiting = false;
        int priv = hart.priv;
        int delegated = cause.isInterrupt() ? hart.mideleg : hart.medeleg;
        int status = hart.mstatus;
        int tvec;
        if (priv <= Privilege.SUPERVISOR.level() && (delegated & cause.bit()) != 0) {
            hart.sepc = epc;
            hart.scause = cause.mcause();
            hart.stval = tval;
            status = (status & Mstatus.SIE) != 0 ? status | Mstatus.SPIE : status & ~Mstatus.SPIE;
            status = priv == Privilege.SUPERVISOR.level() ? status | Mstatus.SPP : status & ~Mstatus.SPP;
            hart.mstatus = status & ~Mstatus.SIE;
            hart.priv = Privilege.SUPERVISOR.level();
            tvec = hart.stvec;
        } else {
            hart.mepc = epc;
            hart.mcause = cause.mcause();
            hart.mtval = tval;
            status = (status & Mstatus.MIE) != 0 ? status | Mstatus.MPIE : status & ~Mstatus.MPIE;
            status = (status & ~Mstatus.MPP) | priv << Mstatus.MPP_SHIFT;
            hart.mstatus = status & ~Mstatus.MIE;
            hart.priv = Privilege.MACHINE.level();
            tvec = hart.mtvec;
        }
        int base = tvec & ~3;
        return cause.isInterrupt() && (tvec & 3) == 1 ? base + 4 * cause.code() : base;
    }

    /** The last trap the hart took, or null if none. */
    public Taken last() {
        return lastCause == null ? null : new Taken(lastCause, lastTval, lastEpc);
    }

    /**
     * Executes mret at {@code pc} ({@code word} is the instruction, for an illegal-instruction
     * trap outside M-mode): privilege from MPP, MIE from MPIE, MPIE set, MPP to U, MPRV cleared
     * when leaving M-mode. Returns the next pc.
     */
    public int mret(int pc, int word) {
        if (hart.priv != Privilege.MACHINE.level()) {
            return take(TrapCause.ILLEGAL_INSTRUCTION, word, pc);
        }
        int status = hart.mstatus;
        int target = Mstatus.mpp(status);
        status = (status & Mstatus.MPIE) != 0 ? status | Mstatus.MIE : status & ~Mstatus.MIE;
        status = (status | Mstatus.MPIE) & ~Mstatus.MPP;
        if (target != Privilege.MACHINE.level()) {
            status &= ~Mstatus.MPRV;
        }
        return returnTo(target, status, hart.mepc);
    }

    /**
     * Executes sret at {@code pc}: illegal in U-mode, and in S-mode when mstatus.TSR is set;
     * otherwise privilege from SPP, SIE from SPIE, SPIE set, SPP to U, MPRV cleared.
     */
    public int sret(int pc, int word) {
        int priv = hart.priv;
        if (priv == Privilege.USER.level()
                || (priv == Privilege.SUPERVISOR.level() && (hart.mstatus & Mstatus.TSR) != 0)) {
            return take(TrapCause.ILLEGAL_INSTRUCTION, word, pc);
        }
        int status = hart.mstatus;
        int target = (status & Mstatus.SPP) != 0 ? Privilege.SUPERVISOR.level() : Privilege.USER.level();
        status = (status & Mstatus.SPIE) != 0 ? status | Mstatus.SIE : status & ~Mstatus.SIE;
        status = (status | Mstatus.SPIE) & ~Mstatus.SPP & ~Mstatus.MPRV;
        return returnTo(target, status, hart.sepc);
    }

    private int returnTo(int priv, int status, int epc) {
        hart.mstatus = status;
        hart.priv = priv;
        hart.dropReservation();
        if (observer != null) {
            observer.returned(Privilege.of(priv), epc);
        }
        return epc;
    }
}
