package strata.assembler.object;

/**
 * One relocation of a section: at {@code offset} in the section, patch the bytes as
 * {@code type} says, with the value of symbol {@code symbol} (an index into
 * {@link ObjectFile#symbols()}, or {@link #NO_SYMBOL}) plus {@code addend}. RELA form, as RISC-V
 * always uses.
 */
public record Relocation(int offset, RelocationType type, int symbol, int addend) {

    /** The symbol index of a relocation that names no symbol (ELF symbol 0). */
    public static final int NO_SYMBOL = -1;
}
