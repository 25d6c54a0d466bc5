package strata.assembler.disasm;

/**
 * Names addresses for the disassembler: a branch target is printed as {@code 48 <loop+0x8>}
 * when the lookup gives {@code loop+0x8} for address 0x48.
 */
@FunctionalInterface
public interface SymbolLookup {

    /** A lookup that names nothing; targets print as bare hex numbers ({@code 0x48}). */
    SymbolLookup NONE = address -> null;

    /** The label of {@code address}, such as {@code main} or {@code main+0x10}, or null. */
    String label(int address);
}
