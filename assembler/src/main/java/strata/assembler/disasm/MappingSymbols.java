package strata.assembler.disasm;

/**
 * Code or data: the mapping symbols {@code $x} (or {@code $xrv32i2p1...}) and {@code $d} that
 * GNU as puts where a section switches between instructions and data, read the way binutils'
 * RISC-V disassembler reads them (riscv-dis.c). Between calls it remembers the mapping symbol
 * it found last, as binutils does, for the whole file.
 */
final class MappingSymbols {
    private int lastSymbol = -1;
    private long lastStopOffset;

    /**
     * True if the bytes at {@code address} are instructions: the last mapping symbol of the
     * section at or below the address says so, or, without one, the section is executable.
     * {@code symbolPlace} is the place of the current label in {@code symbols} (-1 for none) and
     * {@code stopOffset} the end of the current block, which tell where the search starts.
     */
    boolean isCode(long address, SortedSymbols symbols, int symbolPlace, long stopOffset, SectionView section) {
        boolean code = section.section().isExecutable();
        if (symbols.size() == 0) {
            return code;
        }
        if (address <= 0) {
            lastSymbol = -1;
        }
        boolean fromLast = lastSymbol >= 0 && stopOffset == lastStopOffset;
        int found = -1;
        int start = fromLast && symbolPlace + 1 >= lastSymbol ? lastSymbol : symbolPlace + 1;
        for (int n = start; n < symbols.size() && symbols.value(n) <= address; n++) {
            if (isMapping(symbols.get(n), section)) {
                found = n;
            }
        }
        if (found < 0) {
            int back = fromLast && symbolPlace >= lastSymbol ? lastSymbol : symbolPlace;
            for (int n = back; n >= 0 && symbols.value(n) >= section.address(); n--) {
                if (isMapping(symbols.get(n), section)) {
                    found = n;
                    break;
                }
            }
        }
        if (found >= 0) {
            code = symbols.get(found).startsCode();
        }
        lastSymbol = found;
        lastStopOffset = stopOffset;
        return code;
    }

    /**
     * How many bytes of data at {@code address} make one item: 4, or fewer up to the next
     * mapping symbol or the end of the section; 3 becomes 2.
     */
    int dataLength(long address, SortedSymbols symbols, SectionView section) {
        long length = 4;
        boolean found = false;
        if (lastSymbol >= 0) {
            for (int n = lastSymbol + 1; n < symbols.size(); n++) {
                if (symbols.value(n) > address && isMapping(symbols.get(n), section)) {
                    length = Math.min(length, symbols.value(n) - address);
                    found = true;
                    break;
                }
            }
        }
        if (!found) {
            length = Math.min(length, section.address() + section.size() - address);
        }
        return length == 3 ? 2 : (int) length;
    }

    private static boolean isMapping(ListingSymbol symbol, SectionView section) {
        return symbol.symbol().section() == section.index() && symbol.isMappingSymbol();
    }
}
