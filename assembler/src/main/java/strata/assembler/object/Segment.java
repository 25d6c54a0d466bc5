package strata.assembler.object;

import java.util.Arrays;

/**
 * A program header of an executable: load {@code data} at {@code virtualAddress} (physical
 * address {@code physicalAddress}) and clear the rest up to {@code memorySize}.
 * {@code flags} are PF_R, PF_W, PF_X.
 *
 * <p>Two segments are equal when their fields and the contents of their bytes are.
 */
public record Segment(int type, int flags, int virtualAddress, int physicalAddress, int memorySize,
                      int alignment, byte[] data) {

    public static final int PT_LOAD = 1;
    public static final int PF_X = 0x1;
    public static final int PF_W = 0x2;
    public static final int PF_R = 0x4;

    @Override
    public boolean equals(Object other) {
        return other instanceof Segment that
                && type == that.type && flags == that.flags && virtualAddress == that.virtualAddress
                && physicalAddress == that.physicalAddress && memorySize == that.memorySize
                && alignment == that.alignment && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * virtualAddress + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Segment[type=" + type + ", flags=" + flags + ", virtualAddress=0x" + Integer.toHexString(virtualAddress)
                + ", physicalAddress=0x" + Integer.toHexString(physicalAddress) + ", memorySize=" + memorySize
                + ", alignment=" + alignment + ", data=" + HexText.of(data) + "]";
    }
}
