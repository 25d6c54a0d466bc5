package strata.assembler.elf;

import java.util.ArrayList;
import java.util.List;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Relocation;
import strata.assembler.object.Section;
import strata.assembler.object.Segment;
import strata.assembler.object.Symbol;

/**
 * Writes an {@link ObjectFile} as an ELF32 little-endian RISC-V file: a relocatable object or an
 * executable.
 *
 * <p>The section headers are in the order GNU {@code as} writes them: the null section, each
 * section of the model followed by its {@code .rela} section when it has relocations, then
 * {@code .symtab}, {@code .strtab} and {@code .shstrtab}. The file holds the ELF header, the
 * program headers (executables), the contents in section header order and the section header
 * table last. In an executable each loadable segment is placed at a file offset congruent to its
 * address modulo its alignment, and the sections it contains lie inside it, so a loader can map
 * the file page by page.
 *
 * <p>A model that breaks the format's rules (a relocation naming a missing symbol, a section
 * whose bytes disagree with the segment containing it) is a bug of its maker and gets an
 * {@link IllegalArgumentException}.
 */
public final class ElfWriter {
    private ElfWriter() {
    }

    public static byte[] write(ObjectFile object) {
        SymbolOrder order = SymbolOrder.of(object.symbols());
        List<SectionHeader> headers = sectionHeaders(object, order);
        FileLayout layout = FileLayout.of(object, headers);
        ElfOutput out = new ElfOutput(layout.fileSize());
        writeElfHeader(out, object, layout, headers.size());
        for (int i = 0; i < object.segments().size(); i++) {
            Segment segment = object.segments().get(i);
            writeProgramHeader(out, Elf.EHDR_SIZE + i * Elf.PHDR_SIZE, segment, layout.segmentOffset(i));
            out.bytes(layout.segmentOffset(i), segment.data());
        }
        for (int i = 0; i < headers.size(); i++) {
            SectionHeader header = headers.get(i);
            if (header.type != Section.SHT_NOBITS) {
                out.bytes(header.offset, header.data);
            }
            writeSectionHeader(out, layout.sectionHeaderOffset() + i * Elf.SHDR_SIZE, header);
        }
        return out.toByteArray();
    }

    private static List<SectionHeader> sectionHeaders(ObjectFile object, SymbolOrder order) {
        List<Section> sections = object.sections();
        int relocated = (int) sections.stream().filter(section -> !section.relocations().isEmpty()).count();
        int symtabIndex = 1 + sections.size() + relocated;
        if (symtabIndex + 2 >= Elf.SHN_LORESERVE) {
            throw new IllegalArgumentException("too many sections for ELF without extended numbering: "
                    + sections.size());
        }
        List<SectionHeader> headers = new ArrayList<>();
        headers.add(new SectionHeader("", Elf.SHT_NULL, 0, 0, 0, 0, new byte[0], 0));
        int[] elfIndex = new int[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            elfIndex[i] = headers.size();
            headers.add(new SectionHeader(section.name(), section.type(), section.flags(), section.address(),
                    section.alignment(), section.entrySize(), section.data(), section.size()));
            if (!section.relocations().isEmpty()) {
                int base = object.kind() == ObjectFile.Kind.EXECUTABLE ? section.address() : 0;
                byte[] rela = relocationTable(section, base, order);
                SectionHeader header = new SectionHeader(".rela" + section.name(), Elf.SHT_RELA, Elf.SHF_INFO_LINK, 0,
                        Elf.TABLE_ALIGNMENT, Elf.RELA_SIZE, rela, rela.length);
                header.link = symtabIndex;
                header.info = elfIndex[i];
                headers.add(header);
            }
        }
        StringTable names = new StringTable();
        byte[] symtab = symbolTable(object, order, elfIndex, names);
        SectionHeader symbols = new SectionHeader(".symtab", Elf.SHT_SYMTAB, 0, 0, Elf.TABLE_ALIGNMENT, Elf.SYM_SIZE,
                symtab, symtab.length);
        symbols.link = symtabIndex + 1;
        symbols.info = order.firstNonLocal();
        headers.add(symbols);
        byte[] strtab = names.toByteArray();
        headers.add(new SectionHeader(".strtab", Elf.SHT_STRTAB, 0, 0, 1, 0, strtab, strtab.length));
        StringTable sectionNames = new StringTable();
        for (SectionHeader header : headers) {
            header.nameOffset = sectionNames.add(header.name);
        }
        int shstrtabName = sectionNames.add(".shstrtab");
        byte[] shstrtab = sectionNames.toByteArray();
        SectionHeader shstrtabHeader = new SectionHeader(".shstrtab", Elf.SHT_STRTAB, 0, 0, 1, 0, shstrtab,
                shstrtab.length);
        shstrtabHeader.nameOffset = shstrtabName;
        headers.add(shstrtabHeader);
        return headers;
    }

    /** The RELA entries of {@code section}; in an executable r_offset is an address, {@code base} + offset. */
    private static byte[] relocationTable(Section section, int base, SymbolOrder order) {
        List<Relocation> relocations = section.relocations();
        ElfOutput out = new ElfOutput(relocations.size() * Elf.RELA_SIZE);
        for (int i = 0; i < relocations.size(); i++) {
            Relocation relocation = relocations.get(i);
            int at = i * Elf.RELA_SIZE;
            out.u32(at, base + relocation.offset());
            out.u32(at + 4, order.elfIndex(relocation.symbol()) << 8 | relocation.type().number());
            out.u32(at + 8, relocation.addend());
        }
        return out.toByteArray();
    }

    private static byte[] symbolTable(ObjectFile object, SymbolOrder order, int[] elfIndex, StringTable names) {
        ElfOutput out = new ElfOutput(order.count() * Elf.SYM_SIZE);
        for (int index = 1; index < order.count(); index++) {
            Symbol symbol = object.symbols().get(order.modelIndex(index));
            int at = index * Elf.SYM_SIZE;
            out.u32(at, symbol.type() == Symbol.Type.SECTION ? 0 : names.add(symbol.name()));
            out.u32(at + 4, symbol.value());
            out.u32(at + 8, symbol.size());
            out.u8(at + 12, symbol.binding().number() << 4 | symbol.type().number());
            out.u8(at + 13, symbol.visibility().number());
            out.u16(at + 14, sectionIndex(symbol, elfIndex));
        }
        return out.toByteArray();
    }

    private static int sectionIndex(Symbol symbol, int[] elfIndex) {
        return switch (symbol.section()) {
            case Symbol.UNDEFINED -> Elf.SHN_UNDEF;
            case Symbol.ABSOLUTE -> Elf.SHN_ABS;
            case Symbol.COMMON -> Elf.SHN_COMMON;
            default -> {
                if (symbol.section() < 0 || symbol.section() >= elfIndex.length) {
                    throw new IllegalArgumentException("symbol " + symbol.name() + " is in section "
                            + symbol.section() + " of " + elfIndex.length);
                }
                yield elfIndex[symbol.section()];
            }
        };
    }

    private static void writeElfHeader(ElfOutput out, ObjectFile object, FileLayout layout, int sectionCount) {
        out.bytes(0, Elf.MAGIC);
        out.u8(4, Elf.ELFCLASS32);
        out.u8(5, Elf.ELFDATA2LSB);
        out.u8(6, Elf.EV_CURRENT);
        out.u16(16, object.kind().number());
        out.u16(18, Elf.EM_RISCV);
        out.u32(20, Elf.EV_CURRENT);
        out.u32(24, object.entry());
        boolean hasProgramHeaders = !object.segments().isEmpty();
        out.u32(28, hasProgramHeaders ? Elf.EHDR_SIZE : 0);
        out.u32(32, layout.sectionHeaderOffset());
        out.u32(36, object.flags());
        out.u16(40, Elf.EHDR_SIZE);
        out.u16(42, hasProgramHeaders ? Elf.PHDR_SIZE : 0);
        out.u16(44, object.segments().size());
        out.u16(46, Elf.SHDR_SIZE);
        out.u16(48, sectionCount);
        out.u16(50, sectionCount - 1);
    }

    private static void writeProgramHeader(ElfOutput out, int at, Segment segment, int offset) {
        out.u32(at, segment.type());
        out.u32(at + 4, offset);
        out.u32(at + 8, segment.virtualAddress());
        out.u32(at + 12, segment.physicalAddress());
        out.u32(at + 16, segment.data().length);
        out.u32(at + 20, segment.memorySize());
        out.u32(at + 24, segment.flags());
        out.u32(at + 28, segment.alignment());
    }

    private static void writeSectionHeader(ElfOutput out, int at, SectionHeader header) {
        out.u32(at, header.nameOffset);
        out.u32(at + 4, header.type);
        out.u32(at + 8, header.flags);
        out.u32(at + 12, header.address);
        out.u32(at + 16, header.offset);
        out.u32(at + 20, header.size);
        out.u32(at + 24, header.link);
        out.u32(at + 28, header.info);
        out.u32(at + 32, header.alignment);
        out.u32(at + 36, header.entrySize);
    }
}
