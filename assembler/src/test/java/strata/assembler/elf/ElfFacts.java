package strata.assembler.elf;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Relocation;
import strata.assembler.object.Section;
import strata.assembler.object.Segment;
import strata.assembler.object.Symbol;

/**
 * What an ELF file says, one fact a line, in a form that both an {@link ObjectFile} and a
 * readelf listing ({@link ReadelfListing}) can be turned into: so "we read this file the way
 * readelf does" is a comparison of two lists of lines, and a mismatch shows the line that
 * differs. Sections and symbols are named, not numbered, because the model numbers sections
 * differently from the file; a relocation's symbol is its index in the file's symbol table.
 */
final class ElfFacts {
    private ElfFacts() {
    }

    static List<String> of(ObjectFile object) {
        List<String> facts = new ArrayList<>();
        facts.add(header(object.kind().number(), object.flags(), object.entry()));
        for (Section section : object.sections()) {
            facts.add(section(section.name(), section.type(), section.flags(), section.address(), section.size(),
                    section.entrySize(), section.alignment(), section.data()));
        }
        for (int i = 0; i < object.symbols().size(); i++) {
            Symbol symbol = object.symbols().get(i);
            facts.add(symbol(i + 1, symbol.name(), symbol.value(), symbol.size(), symbol.type().name(),
                    symbol.binding().name(), symbol.visibility().name(), sectionName(object, symbol.section())));
        }
        for (Section section : object.sections()) {
            for (Relocation relocation : section.relocations()) {
                facts.add(relocation(section.name(), relocation.offset(), relocation.type().elfName(),
                        relocation.symbol() + 1, relocation.addend()));
            }
        }
        for (Segment segment : object.segments()) {
            facts.add(segment(segment.type(), segment.flags(), segment.virtualAddress(), segment.physicalAddress(),
                    segment.memorySize(), segment.alignment(), segment.data()));
        }
        return facts;
    }

    private static String sectionName(ObjectFile object, int section) {
        return switch (section) {
            case Symbol.UNDEFINED -> "UND";
            case Symbol.ABSOLUTE -> "ABS";
            case Symbol.COMMON -> "COM";
            default -> object.sections().get(section).name();
        };
    }

    static String header(int kind, int flags, int entry) {
        return String.format("header type=%d flags=0x%x entry=0x%08x", kind, flags, entry);
    }

    static String section(String name, int type, int flags, int address, int size, int entrySize, int alignment,
                          byte[] data) {
        return String.format("section %s type=0x%x flags=0x%x address=0x%08x size=0x%x entsize=%d align=%d bytes=%s",
                name, type, flags, address, size, entrySize, alignment, HexFormat.of().formatHex(data));
    }

    static String symbol(int index, String name, int value, int size, String type, String binding, String visibility,
                         String section) {
        return String.format("symbol %d '%s' value=0x%08x size=%d %s %s %s in %s", index, Symbol.printable(name), value, size,
                type, binding, visibility, section);
    }

    static String relocation(String section, int offset, String type, int symbol, int addend) {
        return String.format("relocation %s+0x%x %s symbol=%d addend=%d", section, offset, type, symbol, addend);
    }

    static String segment(int type, int flags, int virtualAddress, int physicalAddress, int memorySize, int alignment,
                          byte[] data) {
        return String.format("segment type=0x%x flags=%d vaddr=0x%08x paddr=0x%08x memsz=0x%x align=0x%x bytes=%s",
                type, flags, virtualAddress, physicalAddress, memorySize, alignment, HexFormat.of().formatHex(data));
    }
}
