package strata.assembler.object;

/**
 * The RISC-V ELF relocation types Strata reads and writes, with their numbers from the RISC-V
 * ELF psABI. Each constant says what the linker puts where; S is the symbol's address, A the
 * addend, P the address of the place being relocated.
 */
public enum RelocationType {
    NONE(0),
    /** word = S + A */
    R_32(1),
    /** doubleword = S + A ({@code .dword sym}) */
    R_64(2),
    /** B-type immediate = S + A - P */
    BRANCH(16),
    /** J-type immediate = S + A - P */
    JAL(17),
    /** auipc+jalr pair = S + A - P */
    CALL(18),
    /** auipc+jalr pair = S + A - P (through the PLT when there is one) */
    CALL_PLT(19),
    /** U-type immediate = high 20 bits of S + A - P, rounded for the low part */
    PCREL_HI20(23),
    /** I-type immediate = low 12 bits of the PCREL_HI20 value at the place the symbol names */
    PCREL_LO12_I(24),
    /** S-type immediate = low 12 bits of the PCREL_HI20 value at the place the symbol names */
    PCREL_LO12_S(25),
    /** U-type immediate = high 20 bits of S + A, rounded for the low part */
    HI20(26),
    /** I-type immediate = low 12 bits of S + A */
    LO12_I(27),
    /** S-type immediate = low 12 bits of S + A */
    LO12_S(28),
    /** byte += S + A */
    ADD8(33),
    /** halfword += S + A */
    ADD16(34),
    /** word += S + A */
    ADD32(35),
    /** doubleword += S + A */
    ADD64(36),
    /** byte -= S + A */
    SUB8(37),
    /** halfword -= S + A */
    SUB16(38),
    /** word -= S + A */
    SUB32(39),
    /** doubleword -= S + A */
    SUB64(40),
    /** padding here may be shrunk by a relaxing linker to reach alignment A + 1 */
    ALIGN(43),
    /** the instruction before may be relaxed */
    RELAX(51),
    /** low 6 bits -= S + A */
    SUB6(52),
    /** low 6 bits = S + A */
    SET6(53),
    /** byte = S + A */
    SET8(54),
    /** halfword = S + A */
    SET16(55),
    /** word = S + A */
    SET32(56),
    /** word = S + A - P */
    R_32_PCREL(57);

    private final int number;

    RelocationType(int number) {
        this.number = number;
    }

    /** The number in an ELF relocation's r_info. */
    public int number() {
        return number;
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
