package strata.cpu.mmu;

import strata.cpu.hart.TrapCause;

/**
 * The kind of a memory access, which decides the permission a page needs and the exception a
 * failed access raises. AMOs and SC translate as stores.
 */
public enum Access {
    FETCH(TrapCause.INSTRUCTION_PAGE_FAULT, TrapCause.INSTRUCTION_ACCESS_FAULT),
    LOAD(TrapCause.LOAD_PAGE_FAULT, TrapCause.LOAD_ACCESS_FAULT),
    STORE(TrapCause.STORE_PAGE_FAULT, TrapCause.STORE_ACCESS_FAULT);

    private final TrapCause pageFault;
    private final TrapCause accessFault;

    Access(TrapCause pageFault, TrapCause accessFault) {
        this.pageFault = pageFault;
        this.accessFault = accessFault;
    }

    /** The exception when translation fails. */
    public TrapCause pageFault() {
        return pageFault;
    }

    /** The exception when the physical address holds no memory or device. */
    public TrapCause accessFault() {
        return accessFault;
    }
}
