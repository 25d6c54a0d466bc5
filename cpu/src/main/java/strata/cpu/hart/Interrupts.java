package strata.cpu.hart;

/**
 * Which interrupt, if any, a hart takes now. An interrupt is pending when its bit is set in both
 * mip and mie. Interrupts not delegated by mideleg go to M-mode and are taken in a lower mode
 * always, in M-mode when mstatus.MIE is set; delegated ones go to S-mode and are taken in U-mode
 * always, in S-mode when mstatus.SIE is set, never in M-mode. M-level interrupts come before
 * S-level ones, and within a level the order is the specification's: external, software, timer
 * (MEI, MSI, MTI, SEI, SSI, STI).
 */
public final class Interrupts {
    /** Interrupts in the order the privileged specification gives them priority. */
    private static final TrapCause[] PRIORITY = {
        TrapCause.MACHINE_EXTERNAL_INTERRUPT,
        TrapCause.MACHINE_SOFTWARE_INTERRUPT,
        TrapCause.MACHINE_TIMER_INTERRUPT,
        TrapCause.SUPERVISOR_EXTERNAL_INTERRUPT,
        TrapCause.SUPERVISOR_SOFTWARE_INTERRUPT,
        TrapCause.SUPERVISOR_TIMER_INTERRUPT,
    };

    /** The bits of mip a device drives, and those of mip, mie and mideleg that exist. */
    public static final int MIP_MSIP = 1 << 3;
    public static final int MIP_MTIP = 1 << 7;
    public static final int MIP_MEIP = 1 << 11;
    public static final int MIP_SSIP = 1 << 1;
    public static final int MIP_STIP = 1 << 5;
    public static final int MIP_SEIP = 1 << 9;
    public static final int SUPERVISOR = MIP_SSIP | MIP_STIP | MIP_SEIP;
    public static final int ALL = SUPERVISOR | MIP_MSIP | MIP_MTIP | MIP_MEIP;

    private final Hart hart;

    Interrupts(Hart hart) {
        this.hart = hart;
    }

    /** The interrupt to take before the next instruction, or null. */
    public TrapCause pending() {
        int pending = hart.mip() & hart.mie;
        if (pending == 0) {
            return null;
        }
        int priv = hart.priv;
        boolean mEnabled = priv < Privilege.MACHINE.level() || (hart.mstatus & Mstatus.MIE) != 0;
        boolean sEnabled = priv < Privilege.SUPERVISOR.level()
                || (priv == Privilege.SUPERVISOR.level() && (hart.mstatus & Mstatus.SIE) != 0);
        int machine = mEnabled ? pending & ~hart.mideleg : 0;
        int supervisor = sEnabled ? pending & hart.mideleg : 0;
        int takeable = machine != 0 ? machine : supervisor;
        for (TrapCause cause : PRIORITY) {
            if ((takeable & cause.bit()) != 0) {
                return cause;
            }
        }
        return null;
    }

    /** True if some interrupt is pending and enabled in mie, whatever the global enables: WFI wakes. */
    public boolean wakesFromWfi() {
        return (hart.mip() & hart.mie) != 0;
    }
}
