package strata.assembler.object;

/**
 * A program header of an executable: load {@code data} at {@code virtualAddress} (physical
 * address {@code physicalAddress}) and clear the rest up to {@code memorySize}.
 * {@code flags} are PF_R, PF_W, PF_X.
 */
public record Segment(int type, int flags, int virtualAddress, int physicalAddress, int memorySize,
                      int alignment, byte[] data) {

    public static final int PT_LOAD = 1;
    public static final int PF_X = 0x1;
    public static final int PF_W = 0x2;
    public static final int PF_R = 0x4;
}
