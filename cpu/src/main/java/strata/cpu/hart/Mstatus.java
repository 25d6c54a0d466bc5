package strata.cpu.hart;

/**
 * The fields of mstatus (RV32) as bit masks, and the views that sstatus and a write see. FS, VS
 * and XS stay zero until the F extension arrives; SD is then their summary. MBE, SBE and UBE are
 * zero: the hart is little-endian only.
 */
public final class Mstatus {
    private Mstatus() {
    }

    public static final int SIE = 1 << 1;
    public static final int MIE = 1 << 3;
    public static final int SPIE = 1 << 5;
    public static final int UBE = 1 << 6;
    public static final int MPIE = 1 << 7;
    public static final int SPP = 1 << 8;
    public static final int VS = 3 << 9;
    public static final int MPP_SHIFT = 11;
    public static final int MPP = 3 << MPP_SHIFT;
    public static final int FS = 3 << 13;
    public static final int XS = 3 << 15;
    public static final int MPRV = 1 << 17;
    public static final int SUM = 1 << 18;
    public static final int MXR = 1 << 19;
    public static final int TVM = 1 << 20;
    public static final int TW = 1 << 21;
    public static final int TSR = 1 << 22;
    public static final int SD = 1 << 31;

    /** The fields an M-mode write to mstatus changes. */
    public static final int WRITABLE = SIE | MIE | SPIE | MPIE | SPP | MPP | MPRV | SUM | MXR | TVM | TW | TSR;
    /** The fields sstatus shows. */
    public static final int SSTATUS_READABLE = SIE | SPIE | UBE | SPP | VS | FS | XS | SUM | MXR | SD;
    /** The fields a write to sstatus changes. */
    public static final int SSTATUS_WRITABLE = SIE | SPIE | SPP | SUM | MXR;

    /** The privilege level held in MPP. */
    public static int mpp(int mstatus) {
        return (mstatus & MPP) >>> MPP_SHIFT;
    }

    /**
     * {@code old} with the writable fields in {@code mask} taken from {@code value}. MPP is WARL:
     * the reserved encoding 2 leaves it as it was (QEMU 7.2 stores 2, which no mode can use).
     */
    public static int write(int old, int value, int mask) {
        int updated = (old & ~mask) | (value & mask);
        if ((mask & MPP) != 0 && mpp(updated) == 2) {
            updated = (updated & ~MPP) | (old & MPP);
        }
        return updated;
    }
}
