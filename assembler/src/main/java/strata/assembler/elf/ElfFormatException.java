package strata.assembler.elf;

/**
 * A file that is not an ELF32 little-endian RISC-V relocatable object or executable, or is
 * damaged. The message says what is wrong and where in the file, in words a user can act on; it
 * does not name the file, which the caller knows.
 */
public final class ElfFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public ElfFormatException(String message) {
        super(message);
    }
}
