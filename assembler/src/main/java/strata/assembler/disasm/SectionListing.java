package strata.assembler.disasm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import strata.assembler.object.Relocation;

/**
 * The disassembly of one executable section, laid out as objdump 2.40 lays it out
 * (disassemble_section and disassemble_bytes in binutils' objdump.c).
 *
 * <p>The section is cut into blocks at its labels; each block starts with a {@code <label>:}
 * line. In a block, a run of zero bytes is shown as {@code ...}; everything else is one line per
 * item: the address, the bytes in the item's chunks, and the item as {@link ItemReader} reads it. A
 * block that starts at an object symbol is dumped as bytes and characters instead. With
 * {@code -r}, each relocation follows the item it applies to.
 */
final class SectionListing {
    /** A run of at least this many zero bytes is shown as {@code ...}. */
    private static final int SKIP_ZEROES = 8;
    /** So is a shorter run than this at the end of a block (padding). */
    private static final int SKIP_ZEROES_AT_END = 3;
    /** Bytes a line of a data object shows. */
    private static final int OBJECT_BYTES_PER_LINE = 16;
    /** Bytes a line of instructions shows until an item says otherwise. */
    private static final int INSTRUCTION_BYTES_PER_LINE = 4;

    private final FileListing listing;
    private final SectionView section;
    private final byte[] data;
    private final SortedSymbols symbols;
    private final List<Relocation> relocations;
    private final ItemReader items;
    private final int skipAddressChars;
    private final StringBuilder out;
    private int nextRelocation;

    SectionListing(FileListing listing, SectionView section) {
        this.listing = listing;
        this.section = section;
        this.data = section.section().data();
        this.symbols = new SortedSymbols(listing.symbols, section);
        this.relocations = listing.options.relocations() ? sorted(section.section().relocations()) : List.of();
        this.items = new ItemReader(listing, section, symbols, this::label);
        this.skipAddressChars = skipAddressChars(section.address() + section.size());
        this.out = listing.out;
    }

    void append() {
        out.append("\nDisassembly of section ").append(Text.sanitize(section.name())).append(":\n");
        long stop = section.size();
        SortedSymbols.Found found = symbols.find(section.address(), section, true);
        ListingSymbol symbol = found == null ? null : found.symbol();
        int place = found == null ? 0 : found.place();
        long offset = 0;
        while (offset < stop) {
            long address = section.address() + offset;
            boolean started = symbol != null && symbol.value() <= address;
            int symbolPlace = started ? place : -1;
            out.append('\n').append(Text.hex8(address)).append(" <").append(describe(symbol, address)).append(">:\n");
            ListingSymbol next = symbol;
            if (started) {
                while (place < symbols.size() && !isNextLabel(symbols.get(place), symbol)) {
                    place++;
                }
                next = place < symbols.size() ? symbols.get(place) : null;
            }
            long nextStop = next == null ? stop : next.value() - section.address();
            if (nextStop > stop || nextStop <= offset) {
                nextStop = stop;
            }
            appendBlock(disassembles(symbol, address), offset, nextStop, symbolPlace);
            offset = nextStop;
            symbol = next;
        }
    }

    /** A label that ends the block of {@code current}: in this section, above it, printable. */
    private boolean isNextLabel(ListingSymbol candidate, ListingSymbol current) {
        return candidate.sectionName().equals(section.name()) && candidate.value() > current.value()
                && SortedSymbols.canLabel(candidate);
    }

    /** objdump dumps the bytes of a block that starts at an object symbol instead of disassembling it. */
    private boolean disassembles(ListingSymbol symbol, long address) {
        if (symbol == null || symbol.symbol().section() != section.index() || symbol.value() > address) {
            return true;
        }
        boolean compilerMarker = symbol.name().contains("gnu_compiled") || symbol.name().contains("gcc2_compiled");
        return !symbol.isObject() && !compilerMarker || symbol.isFunction();
    }

    private void appendBlock(boolean disassemble, long start, long stop, int symbolPlace) {
        int bytesPerLine = disassemble ? INSTRUCTION_BYTES_PER_LINE : OBJECT_BYTES_PER_LINE;
        long offset = start;
        while (offset < stop) {
            long size;
            int zeros = zerosAt(offset, stop);
            boolean atEnd = offset + zeros == stop;
            if (zeros >= SKIP_ZEROES || (atEnd && zeros < SKIP_ZEROES_AT_END)) {
                size = atEnd ? zeros : zeros & ~3;
                out.append("\t...\n");
            } else {
                out.append(address(offset)).append(":\t");
                String text;
                if (disassemble) {
                    ItemReader.Item item = items.read(offset, stop, symbolPlace);
                    size = item.size();
                    bytesPerLine = item.bytesPerLine() != 0 ? item.bytesPerLine() : bytesPerLine;
                    text = item.text();
                } else {
                    size = Math.min(bytesPerLine, stop - offset);
                    text = characters(offset, size);
                }
                appendBytes(offset, size, stop, bytesPerLine, disassemble, text);
            }
            appendRelocations(offset + size);
            offset += size;
        }
    }

    /**
     * The raw bytes of an item in chunks of objdump's current chunk size, padded to a line's
     * width, then the item's text; bytes that do not fit go on lines of their own below.
     */
    private void appendBytes(long offset, long size, long stop, int bytesPerLine, boolean disassembled, String text) {
        int chunk = listing.bytesPerChunk != 0 ? listing.bytesPerChunk : 1;
        long shown = Math.min(size, bytesPerLine);
        appendChunks(offset, offset + shown, stop, chunk);
        for (long padded = shown; padded < bytesPerLine; padded += chunk) {
            out.append("  ".repeat(chunk)).append(' ');
        }
        out.append(disassembled ? "\t" : "    ").append(text);
        while (shown < size) {
            out.append('\n').append(address(offset + shown)).append(":\t");
            long from = offset + shown;
            shown = Math.min(shown + bytesPerLine, size);
            appendChunks(from, offset + shown, stop, chunk);
        }
        out.append('\n');
    }

    /** Chunks from {@code from} to {@code to}, each little-endian; a chunk past {@code stop} is left blank. */
    private void appendChunks(long from, long to, long stop, int chunk) {
        for (long at = from; at < to; at += chunk) {
            if (at + chunk <= stop) {
                for (int k = chunk - 1; k >= 0; k--) {
                    out.append(String.format("%02x", data[(int) at + k] & 0xff));
                }
            }
            out.append(' ');
        }
    }

    private String characters(long offset, long size) {
        StringBuilder text = new StringBuilder();
        for (long at = offset; at < offset + size; at++) {
            int c = data[(int) at] & 0xff;
            text.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
        }
        return text.toString();
    }

    private void appendRelocations(long end) {
        while (nextRelocation < relocations.size()
                && Integer.toUnsignedLong(relocations.get(nextRelocation).offset()) < end) {
            Relocation relocation = relocations.get(nextRelocation++);
            out.append("\t\t\t").append(Text.hex(section.address() + Integer.toUnsignedLong(relocation.offset())))
                    .append(": ").append(FileListing.typeName(relocation))
                    .append('\t').append(Text.sanitize(listing.symbolName(relocation)));
            long addend = relocation.addend();
            if (addend != 0) {
                out.append(addend < 0 ? "-0x" : "+0x").append(Long.toHexString(Math.abs(addend)));
            }
            out.append('\n');
        }
    }

    private int zerosAt(long offset, long stop) {
        int zeros = 0;
        while (offset + zeros < stop && data[(int) (offset + zeros)] == 0) {
            zeros++;
        }
        return zeros;
    }

    /** The address at the start of a line: leading zero groups dropped, the other zeros blank. */
    private String address(long offset) {
        String digits = Text.hex8(section.address() + offset).substring(skipAddressChars);
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return " ".repeat(first) + digits.substring(first);
    }

    /**
     * How many leading characters of an address objdump drops in this section: the leading
     * zeros of its end address, less one, rounded down to a multiple of four (none if the end
     * wraps around to zero).
     */
    private static int skipAddressChars(long end) {
        String digits = Text.hex8(end);
        int zeros = 0;
        while (zeros < digits.length() && digits.charAt(zeros) == '0') {
            zeros++;
        }
        return zeros == 0 || zeros == digits.length() ? 0 : (zeros - 1) & -4;
    }

    /** How objdump names {@code vma} in an operand or a comment: {@code main+0x10}, or null without symbols. */
    private String label(long vma) {
        if (symbols.size() == 0) {
            return null;
        }
        SortedSymbols.Found found = symbols.find(vma, section, false);
        return describe(found == null ? null : found.symbol(), vma);
    }

    /** {@code symbol}, or the section if null, with the distance from it to {@code vma}. */
    private String describe(ListingSymbol symbol, long vma) {
        String name = symbol == null ? section.name() : symbol.name();
        long base = symbol == null ? section.address() : symbol.value();
        String offset = vma == base ? "" : vma < base ? "-0x" + Text.hex(base - vma) : "+0x" + Text.hex(vma - base);
        return Text.sanitize(name) + offset;
    }

    private static List<Relocation> sorted(List<Relocation> relocations) {
        List<Relocation> sorted = new ArrayList<>(relocations);
        sorted.sort(Comparator.comparingLong(relocation -> Integer.toUnsignedLong(relocation.offset())));
        return sorted;
    }
}
