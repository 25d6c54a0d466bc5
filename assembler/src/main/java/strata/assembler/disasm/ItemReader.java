package strata.assembler.disasm;

import java.util.function.LongFunction;

/**
 * Reads one item of code or data at an address of a section, the way binutils' RISC-V
 * disassembler reads it (print_insn_riscv): in data, as {@code .byte}, {@code .short} or
 * {@code .word} up to the next mapping symbol; in code, an instruction whose length its low
 * bits give. Strata decodes the 32-bit instructions of its table; other lengths, and words that
 * are not instructions, are shown as binutils shows them ({@code .2byte}, {@code .4byte},
 * {@code .8byte}, {@code .byte} lists). An item that would run past the end of its block is
 * reported as out of bounds, with the size binutils then gives it.
 */
final class ItemReader {
    /** What binutils' disassembler returns when it cannot read an item (EIO). */
    private static final int OUT_OF_BOUNDS_SIZE = 5;
    /** Bytes a line shows, as binutils' RISC-V disassembler asks: 8, but 6 for single data bytes. */
    private static final int LINE_BYTES = 8;
    private static final int BYTE_LINE_BYTES = 6;

    /** An item: its size in bytes, its text, and the bytes per line it asks for (0: unchanged). */
    record Item(long size, String text, int bytesPerLine) {
    }

    private final FileListing listing;
    private final SectionView section;
    private final byte[] data;
    private final SortedSymbols symbols;
    private final SymbolLookup labels;
    private final Disassembler disassembler;

    /** {@code labels} names an address as objdump does while this section is disassembled. */
    ItemReader(FileListing listing, SectionView section, SortedSymbols symbols, LongFunction<String> labels) {
        this.listing = listing;
        this.section = section;
        this.data = section.section().data();
        this.symbols = symbols;
        this.labels = address -> labels.apply(Integer.toUnsignedLong(address));
        this.disassembler = listing.disassembler.withSymbols(this.labels);
    }

    /**
     * The item at {@code offset}, in a block that ends at {@code stop}; {@code symbolPlace} is the
     * place of the block's label among the sorted symbols, or -1.
     */
    Item read(long offset, long stop, int symbolPlace) {
        long address = section.address() + offset;
        listing.bytesPerChunk = 0;
        if (!listing.mapping.isCode(address, symbols, symbolPlace, stop, section)) {
            int length = listing.mapping.dataLength(address, symbols, section);
            listing.bytesPerChunk = length;
            return offset + length > stop ? outOfBounds(address) : data(offset, length);
        }
        if (offset + 2 > stop) {
            return outOfBounds(address);
        }
        int length = length((int) little(offset, 2));
        if (offset + length > stop) {
            return outOfBounds(address);
        }
        listing.bytesPerChunk = length % 4 == 0 ? 4 : 2;
        return new Item(length, instruction(offset, length), LINE_BYTES);
    }

    private Item data(long offset, int length) {
        long value = little(offset, length);
        return switch (length) {
            case 1 -> new Item(1, String.format(".byte\t0x%02x", value), BYTE_LINE_BYTES);
            case 2 -> new Item(2, String.format(".short\t0x%04x", value), LINE_BYTES);
            default -> new Item(4, String.format(".word\t0x%08x", value), LINE_BYTES);
        };
    }

    private String instruction(long offset, int length) {
        long bits = little(offset, Math.min(length, 8));
        if (length == 4) {
            Instruction instruction = disassembler.disassemble((int) bits, (int) (section.address() + offset));
            Long hint = instruction.isValid() ? listing.hints.after(instruction) : null;
            return hint == null ? instruction.text()
                    : instruction.text() + " # " + OperandText.address(hint.intValue(), labels);
        }
        if (length == 2 || length == 8) {
            return "." + length + "byte\t0x" + Long.toHexString(bits);
        }
        StringBuilder text = new StringBuilder(".byte\t");
        for (int i = 0; i < length; i++) {
            text.append(i == 0 ? "" : ", ").append(String.format("0x%02x", data[(int) offset + i] & 0xff));
        }
        return text.toString();
    }

    /** The length binutils gives an instruction whose first 16 bits are {@code low}. */
    static int length(int low) {
        if ((low & 0b11) != 0b11) {
            return 2;
        }
        if ((low & 0b11100) != 0b11100) {
            return 4;
        }
        if ((low & 0x3f) == 0x1f) {
            return 6;
        }
        if ((low & 0x7f) == 0x3f) {
            return 8;
        }
        if ((low & 0x7f) == 0x7f && (low & 0x7000) != 0x7000) {
            return 10 + ((low >> 11) & 0xe);
        }
        return 2;
    }

    private static Item outOfBounds(long address) {
        return new Item(OUT_OF_BOUNDS_SIZE, "Address 0x" + Text.hex(address) + " is out of bounds.\n", 0);
    }

    private long little(long offset, int length) {
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = value << 8 | (data[(int) offset + i] & 0xff);
        }
        return value;
    }
}
