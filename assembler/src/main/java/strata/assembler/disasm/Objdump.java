package strata.assembler.disasm;

import java.util.List;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Section;

/**
 * What {@code riscv64-unknown-elf-objdump} (binutils 2.40) prints for an ELF file with
 * {@code -d}, {@code -r} and {@code -t}, byte for byte, except for the differences
 * {@code docs/objdump.md} lists. The file's header line, then the symbol table ({@code -t}),
 * then every executable section disassembled ({@code -d}), with relocations after the
 * instructions they apply to ({@code -r}); without {@code -d}, {@code -r} prints the
 * relocation tables.
 */
public final class Objdump {

    /** What to print, as objdump's options: {@code -d}, {@code -r}, {@code -t}, {@code -M no-aliases}. */
    public record Options(boolean disassemble, boolean relocations, boolean symbolTable, boolean aliases) {
    }

    private Objdump() {
    }

    /** The listing of {@code file}, which was read from {@code fileName}. */
    public static String listing(String fileName, ObjectFile file, Options options) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append(Text.sanitize(fileName)).append(":     file format elf32-littleriscv\n\n");
        List<ListingSymbol> symbols = ListingSymbol.of(file);
        FileListing listing = new FileListing(file, symbols, options, out);
        if (options.symbolTable()) {
            SymbolTableText.append(symbols, out);
        }
        if (options.relocations() && !options.disassemble()) {
            RelocationTableText.append(listing);
        }
        if (options.disassemble()) {
            List<Section> sections = file.sections();
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                if (section.isExecutable() && !section.isNobits() && section.size() != 0) {
                    new SectionListing(listing, new SectionView(i, section, listing.hasRelocations())).append();
                }
            }
        }
        return out.toString();
    }
}
