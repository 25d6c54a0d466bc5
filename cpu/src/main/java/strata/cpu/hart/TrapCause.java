package strata.cpu.hart;

/**
 * Every exception and interrupt a hart can take, with its code in mcause/scause, the value it
 * writes to mtval/stval, and the name Spike's log gives it. The single source of truth for cause
 * numbers in the machine.
 */
public enum TrapCause {
    INSTRUCTION_ADDRESS_MISALIGNED(0, false, "trap_instruction_address_misaligned", Tval.ADDRESS),
    INSTRUCTION_ACCESS_FAULT(1, false, "trap_instruction_access_fault", Tval.ADDRESS),
    ILLEGAL_INSTRUCTION(2, false, "trap_illegal_instruction", Tval.INSTRUCTION),
    BREAKPOINT(3, false, "trap_breakpoint", Tval.ZERO),
    LOAD_ADDRESS_MISALIGNED(4, false, "trap_load_address_misaligned", Tval.ADDRESS),
    LOAD_ACCESS_FAULT(5, false, "trap_load_access_fault", Tval.ADDRESS),
    STORE_ADDRESS_MISALIGNED(6, false, "trap_store_address_misaligned", Tval.ADDRESS),
    STORE_ACCESS_FAULT(7, false, "trap_store_access_fault", Tval.ADDRESS),
    USER_ECALL(8, false, "trap_user_ecall", Tval.NONE),
    SUPERVISOR_ECALL(9, false, "trap_supervisor_ecall", Tval.NONE),
    MACHINE_ECALL(11, false, "trap_machine_ecall", Tval.NONE),
    INSTRUCTION_PAGE_FAULT(12, false, "trap_instruction_page_fault", Tval.ADDRESS),
    LOAD_PAGE_FAULT(13, false, "trap_load_page_fault", Tval.ADDRESS),
    STORE_PAGE_FAULT(15, false, "trap_store_page_fault", Tval.ADDRESS),

    SUPERVISOR_SOFTWARE_INTERRUPT(1, true, "interrupt #1", Tval.NONE),
    MACHINE_SOFTWARE_INTERRUPT(3, true, "interrupt #3", Tval.NONE),
    SUPERVISOR_TIMER_INTERRUPT(5, true, "interrupt #5", Tval.NONE),
    MACHINE_TIMER_INTERRUPT(7, true, "interrupt #7", Tval.NONE),
    SUPERVISOR_EXTERNAL_INTERRUPT(9, true, "interrupt #9", Tval.NONE),
    MACHINE_EXTERNAL_INTERRUPT(11, true, "interrupt #11", Tval.NONE);

    /**
     * What the trap leaves in xtval: the faulting address, the instruction word, or zero (a
     * breakpoint, as QEMU does; ecalls and interrupts have no value, which is zero too).
     */
    public enum Tval {
        ADDRESS, INSTRUCTION, ZERO, NONE
    }

    private static final TrapCause[] EXCEPTIONS = new TrapCause[16];
    private static final TrapCause[] INTERRUPTS = new TrapCause[16];

    static {
        for (TrapCause cause : values()) {
            (cause.interrupt ? INTERRUPTS : EXCEPTIONS)[cause.code] = cause;
        }
    }

    private final int code;
    private final boolean interrupt;
    private final String spikeName;
    private final Tval tval;

    TrapCause(int code, boolean interrupt, String spikeName, Tval tval) {
        this.code = code;
        this.interrupt = interrupt;
        this.spikeName = spikeName;
        this.tval = tval;
    }

    /** The exception or interrupt code, without the interrupt bit. */
    public int code() {
        return code;
    }

    public boolean isInterrupt() {
        return interrupt;
    }

    /** The value written to mcause/scause: the code, with bit 31 set for an interrupt. */
    public int mcause() {
        return interrupt ? code | 0x80000000 : code;
    }

    /** The name in Spike's log ({@code trap_illegal_instruction}, {@code interrupt #7}). */
    public String spikeName() {
        return spikeName;
    }

    public Tval tval() {
        return tval;
    }

    /** The bit of this interrupt in mip, mie and mideleg (or of this exception in medeleg). */
    public int bit() {
        return 1 << code;
    }

    /** The exception with code {@code code}, or null. */
    public static TrapCause exception(int code) {
        return code >= 0 && code < 16 ? EXCEPTIONS[code] : null;
    }

    /** The interrupt with code {@code code}, or null. */
    public static TrapCause interrupt(int code) {
        return code >= 0 && code < 16 ? INTERRUPTS[code] : null;
    }
}
