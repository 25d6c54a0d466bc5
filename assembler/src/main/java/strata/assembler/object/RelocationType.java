package strata.assembler.object;

/**
 * The RISC-V ELF relocation types Strata reads and writes, with their numbers from the RISC-V
 * ELF psABI, and the number of bytes each touches. Each constant says what the linker puts where;
 * S is the symbol's address, A the addend, P the address of the place being relocated.
 */
public enum RelocationType {
    NONE(0, 0),
    /** word = S + A */
    R_32(1, 4),
    /** doubleword = S + A ({@code .dword sym}) */
    R_64(2, 8),
    /** B-type immediate = S + A - P */
    BRANCH(16, 4),
    /** J-type immediate = S + A - P */
    JAL(17, 4),
    /** auipc+jalr pair = S + A - P */
    CALL(18, 8),
    /** auipc+jalr pair = S + A - P (through the PLT when there is one) */
    CALL_PLT(19, 8),
    /** U-type immediate = high 20 bits of S + A - P, rounded for the low part */
    PCREL_HI20(23, 4),
    /** I-type immediate = low 12 bits of the PCREL_HI20 value at the place the symbol names */
    PCREL_LO12_I(24, 4),
    /** S-type immediate = low 12 bits of the PCREL_HI20 value at the place the symbol names */
    PCREL_LO12_S(25, 4),
    /** U-type immediate = high 20 bits of S + A, rounded for the low part */
    HI20(26, 4),
    /** I-type immediate = low 12 bits of S + A */
    LO12_I(27, 4),
    /** S-type immediate = low 12 bits of S + A */
    LO12_S(28, 4),
    /** byte += S + A */
    ADD8(33, 1),
    /** halfword += S + A */
    ADD16(34, 2),
    /** word += S + A */
    ADD32(35, 4),
    /** doubleword += S + A */
    ADD64(36, 8),
    /** byte -= S + A */
    SUB8(37, 1),
    /** halfword -= S + A */
    SUB16(38, 2),
    /** word -= S + A */
    SUB32(39, 4),
    /** doubleword -= S + A */
    SUB64(40, 8),
    /** padding here may be shrunk by a relaxing linker to reach alignment A + 1 */
    ALIGN(43, 0),
    /** the instruction before may be relaxed */
    RELAX(51, 0),
    /** low 6 bits -= S + A */
    SUB6(52, 1),
    /** low 6 bits = S + A */
    SET6(53, 1),
    /** byte = S + A */
    SET8(54, 1),
    /** halfword = S + A */
    SET16(55, 2),
    /** word = S + A */
    SET32(56, 4),
    /** word = S + A - P */
    R_32_PCREL(57, 4);

    private final int number;
    private final int size;

    RelocationType(int number, int size) {
        this.number = number;
        this.size = size;
    }

    /** The number in an ELF relocation's r_info. */
    public int number() {
        return number;
    }

    /**
     * How many bytes from the relocated place the relocation touches (BFD's howto size): 0 for the
     * hints (NONE, ALIGN, RELAX), 8 for a call's auipc+jalr pair.
     */
    public int size() {
        return size;
    }

    /** The name readelf prints, {@code R_RISCV_PCREL_HI20}. */
    public String elfName() {
        String base = name().startsWith("R_") ? name().substring(2) : name();
        return "R_RISCV_" + base;
    }

    /** The type numbered {@code number}, or null if Strata does not know it. */
    public static RelocationType byNumber(int number) {
        for (RelocationType type : values()) {
            if (type.number == number) {
                return type;
            }
        }
        return null;
    }
}
