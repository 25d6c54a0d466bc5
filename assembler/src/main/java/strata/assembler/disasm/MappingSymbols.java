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
     * binutils scans the symbols one by one; the result is the same, found by index.
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
        int start = fromLast && symbolPlace + 1 >= lastSymbol ? lastSymbol : symbolPlace + 1;
        int end = Math.max(start, symbols.firstAbove(address));
        int found = symbols.lastMappingUpTo(end - 1);
        if (found < start) {
            int back = symbols.lastMappingUpTo(fromLast && symbolPlace >= lastSymbol ? lastSymbol : symbolPlace);
            found = back >= 0 && symbols.value(back) >= section.address() ? back : -1;
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
        int next = lastSymbol >= 0 ? symbols.nextMappingFrom(lastSymbol + 1) : -1;
        while (next >= 0 && symbols.value(next) <= address) {
            next = symbols.nextMappingFrom(next + 1);
        }
        long end = next >= 0 ? symbols.value(next) : section.address() + section.size();
        length = Math.min(length, end - address);
        return length == 3 ? 2 : (int) length;
    }
}
