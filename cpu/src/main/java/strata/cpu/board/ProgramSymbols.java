package strata.cpu.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import strata.assembler.disasm.SymbolLookup;
import strata.assembler.link.LinkOptions;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Symbol;

/**
 * Names the addresses of a running program for traces and the disassembler, from its ELF symbol
 * table: an address is {@code name}, or {@code name+0x10} past the nearest symbol at or below it.
 * Section and file symbols and the assembler's local labels ({@code .L...}) name nothing; where
 * several symbols share an address, a global one is preferred, then the first by name.
 */
public final class ProgramSymbols implements SymbolLookup {
    private final long[] addresses;
    private final String[] names;

    public ProgramSymbols(ObjectFile elf) {
        List<Symbol> named = new ArrayList<>();
        for (Symbol symbol : elf.symbols()) {
            if (symbol.isDefined() && symbol.section() >= 0 && symbol.type() != Symbol.Type.SECTION
                    && symbol.type() != Symbol.Type.FILE && !symbol.name().isEmpty()
                    && !symbol.name().startsWith(".L")) {
                named.add(symbol);
            }
        }
        named.sort(Comparator.comparingLong((Symbol symbol) -> Integer.toUnsignedLong(symbol.value()))
                .thenComparing(symbol -> symbol.binding() == Symbol.Binding.LOCAL)
                .thenComparing(Symbol::name));
        List<Symbol> first = new ArrayList<>();
        for (Symbol symbol : named) {
            if (first.isEmpty() || first.get(first.size() - 1).value() != symbol.value()) {
                first.add(symbol);
            }
        }
        addresses = new long[first.size()];
        names = new String[first.size()];
        for (int i = 0; i < first.size(); i++) {
            addresses[i] = Integer.toUnsignedLong(first.get(i).value());
            names[i] = first.get(i).name();
        }
    }

    @Override
    public String label(int address) {
        long target = Integer.toUnsignedLong(address);
        int low = 0;
        int high = addresses.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (addresses[middle] <= target) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        if (found < 0) {
            return null;
        }
        long offset = target - addresses[found];
        return offset == 0 ? names[found] : names[found] + "+0x" + Long.toHexString(offset);
    }

    /**
     * The address {@code text} names: a symbol of the program, or a number (decimal, or
     * hexadecimal after 0x) up to 0xffffffff; -1 if it names neither.
     */
    public static long address(Program program, String text) {
        long symbol = program.symbol(text);
        if (symbol >= 0) {
            return symbol;
        }
        Long number = LinkOptions.address(text);
        return number == null ? -1 : number;
    }
}
