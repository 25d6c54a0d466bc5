package strata.cpu.debug;

/** Which addresses a debugger means: virtual (as the hart's instructions name them, through the MMU) or physical. */
public enum AddressSpace {
    VIRTUAL, PHYSICAL;

    /**
     * {@code address} as an unsigned number in this space: a virtual address is 32 bits; a
     * physical one (34 bits under Sv32) given as a negative int, sign-extended, means its low 32 bits.
     */
    public long normalize(long address) {
        return this == VIRTUAL || address < 0 ? address & 0xffffffffL : address;
    }
}
