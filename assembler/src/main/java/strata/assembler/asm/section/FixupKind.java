package strata.assembler.asm.section;

import strata.assembler.object.RelocationType;

/**
 * What a fixup patches and which relocation it becomes when its value is not known: the
 * immediate fields that {@code %hi}, {@code %lo}, {@code %pcrel_hi} and {@code %pcrel_lo} fill,
 * branch and jump offsets, {@code call}'s auipc+jalr pair, and data words of 1, 2, 4 or 8
 * bytes. {@code relaxable} marks the ones a linker may relax, which get an R_RISCV_RELAX
 * companion under {@code .option relax}.
 */
public enum FixupKind {
    HI20(RelocationType.HI20, 4, true),
    LO12_I(RelocationType.LO12_I, 4, true),
    LO12_S(RelocationType.LO12_S, 4, true),
    PCREL_HI20(RelocationType.PCREL_HI20, 4, true),
    PCREL_LO12_I(RelocationType.PCREL_LO12_I, 4, true),
    PCREL_LO12_S(RelocationType.PCREL_LO12_S, 4, true),
    BRANCH(RelocationType.BRANCH, 4, false),
    JAL(RelocationType.JAL, 4, false),
    CALL_PLT(RelocationType.CALL_PLT, 8, true),
    /** Code padding a relaxing linker may trim; the value is the number of padding bytes. */
    ALIGN(RelocationType.ALIGN, 0, false),
    DATA8(null, 1, false),
    DATA16(null, 2, false),
    DATA32(RelocationType.R_32, 4, false),
    DATA64(RelocationType.R_64, 8, false);

    private final RelocationType relocation;
    private final int size;
    private final boolean relaxable;

    FixupKind(RelocationType relocation, int size, boolean relaxable) {
        this.relocation = relocation;
        this.size = size;
        this.relaxable = relaxable;
    }

    /** The relocation for a symbol plus addend, or null if there is none (one- and two-byte data). */
    public RelocationType relocation() {
        return relocation;
    }

    /** The number of bytes the fixup covers. */
    public int size() {
        return size;
    }

    public boolean relaxable() {
        return relaxable;
    }

    public boolean isData() {
        return this == DATA8 || this == DATA16 || this == DATA32 || this == DATA64;
    }

    /** The data fixup for a field of {@code size} bytes. */
    public static FixupKind data(int size) {
        return switch (size) {
            case 1 -> DATA8;
            case 2 -> DATA16;
            case 4 -> DATA32;
            case 8 -> DATA64;
            default -> throw new IllegalArgumentException("no data fixup of " + size + " bytes");
        };
    }

    /** The ADD relocation of a symbol difference in a data field of this size. */
    public RelocationType addRelocation() {
        return switch (this) {
            case DATA8 -> RelocationType.ADD8;
            case DATA16 -> RelocationType.ADD16;
            case DATA32 -> RelocationType.ADD32;
            case DATA64 -> RelocationType.ADD64;
            default -> null;
        };
    }

    /** The SUB relocation of a symbol difference in a data field of this size. */
    public RelocationType subRelocation() {
        return switch (this) {
            case DATA8 -> RelocationType.SUB8;
            case DATA16 -> RelocationType.SUB16;
            case DATA32 -> RelocationType.SUB32;
            case DATA64 -> RelocationType.SUB64;
            default -> null;
        };
    }
}
