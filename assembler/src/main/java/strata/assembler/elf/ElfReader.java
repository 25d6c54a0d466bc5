package strata.assembler.elf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Relocation;
import strata.assembler.object.Section;
import strata.assembler.object.Segment;
import strata.assembler.object.Symbol;

/**
 * Reads an ELF32 little-endian RISC-V relocatable object or executable (GNU's or Strata's) into
 * an {@link ObjectFile}: the sections with content, each with the relocations that apply to it,
 * the symbols, and for an executable the entry point and the segments with their bytes.
 *
 * <p>Everything the file says is checked before it is used: the identification, every offset
 * and size against the file's end, every index against its table, string tables for their
 * terminators, and that no two parts of the file claim the same bytes. Anything wrong is an
 * {@link ElfFormatException} saying what and where; no other exception leaves the reader.
 *
 * <p>A REL relocation (RISC-V uses RELA only) is read with addend 0, which is how GNU's RISC-V
 * back end reads it: no RISC-V relocation keeps its addend in the place.
 */
public final class ElfReader {
    private final ElfInput in;
    private ObjectFile.Kind kind;
    private int namesIndex;
    private RawSection[] raw;
    private int[] modelIndex;

    private ElfReader(byte[] bytes) {
        this.in = new ElfInput(bytes);
    }

    public static ObjectFile read(byte[] bytes) throws ElfFormatException {
        return new ElfReader(bytes).read();
    }

    private ObjectFile read() throws ElfFormatException {
        ElfHeader header = ElfHeader.read(in);
        kind = header.kind();
        namesIndex = header.namesIndex();
        raw = sectionHeaders(header);
        checkOverlaps(header);
        RawSection symtab = symbolTable();
        SymbolTableReader symbols = new SymbolTableReader(in, symtab, symtab == null ? null : stringTable(symtab));
        List<RawSection> content = contentSections(symtab);
        modelIndex = new int[raw.length];
        Arrays.fill(modelIndex, -1);
        for (int i = 0; i < content.size(); i++) {
            modelIndex[content.get(i).index()] = i;
        }
        checkRelocationTargets();
        List<Symbol> symbolList = symbols.read(raw, modelIndex);
        List<Section> sections = new ArrayList<>();
        for (RawSection section : content) {
            sections.add(section(section, relocationsFor(section, symtab, symbols.count())));
        }
        return new ObjectFile(kind, header.flags(), header.entry(), sections, symbolList, segments(header));
    }

    private RawSection[] sectionHeaders(ElfHeader header) throws ElfFormatException {
        RawSection[] sections = new RawSection[header.sectionCount()];
        for (int i = 0; i < sections.length; i++) {
            long at = header.sectionHeaderOffset() + (long) i * Elf.SHDR_SIZE;
            String what = "section header [" + i + "]";
            sections[i] = new RawSection(i, in.u32(at, what), RawSection.NO_NAME, in.i32(at + 4, what), in.i32(at + 8, what),
                    in.i32(at + 12, what), in.u32(at + 16, what), in.u32(at + 20, what), in.i32(at + 24, what),
                    in.i32(at + 28, what), in.i32(at + 32, what), in.i32(at + 36, what));
        }
        if (sections.length == 0) {
            return sections;
        }
        RawSection names = namesSection(header, sections);
        for (int i = 0; i < sections.length; i++) {
            if (names != null) {
                sections[i] = sections[i].named(in.string(names.offset(), names.size(), sections[i].nameOffset(),
                        "the section name table"));
            }
            checkSection(sections[i]);
        }
        return sections;
    }

    private RawSection namesSection(ElfHeader header, RawSection[] sections) throws ElfFormatException {
        int index = header.namesIndex();
        if (index == Elf.SHN_UNDEF) {
            return null;
        }
        if (index >= sections.length) {
            throw new ElfFormatException("the section name table index " + index + " is past the last section ("
                    + (sections.length - 1) + ")");
        }
        RawSection names = sections[index];
        if (names.type() != Elf.SHT_STRTAB) {
            throw new ElfFormatException("the section name table, section [" + index + "], is not a string table"
                    + " (type " + names.type() + ")");
        }
        in.require(names.offset(), names.size(), "the section name table, section [" + index + "],");
        return names;
    }

    private void checkSection(RawSection section) throws ElfFormatException {
        if (section.hasFileBytes()) {
            in.require(section.offset(), section.size(), section.describe());
        }
        if (section.alignment() != 0 && Integer.bitCount(section.alignment()) != 1) {
            throw new ElfFormatException(section.describe() + ": alignment " + Integer.toUnsignedString(
                    section.alignment()) + " is not a power of two");
        }
    }

    /** Checks that the headers, header tables and sections each have file bytes of their own. */
    private void checkOverlaps(ElfHeader header) throws ElfFormatException {
        record Extent(long start, long end, String what) {
        }
        List<Extent> extents = new ArrayList<>();
        extents.add(new Extent(0, Elf.EHDR_SIZE, "the ELF header"));
        if (header.segmentCount() > 0) {
            extents.add(new Extent(header.programHeaderOffset(),
                    header.programHeaderOffset() + (long) header.segmentCount() * Elf.PHDR_SIZE,
                    "the program header table"));
        }
        if (raw.length > 0) {
            extents.add(new Extent(header.sectionHeaderOffset(),
                    header.sectionHeaderOffset() + (long) raw.length * Elf.SHDR_SIZE, "the section header table"));
        }
        for (RawSection section : raw) {
            if (section.hasFileBytes()) {
                extents.add(new Extent(section.offset(), section.offset() + section.size(), section.describe()));
            }
        }
        extents.sort(Comparator.comparingLong(Extent::start));
        for (int i = 1; i < extents.size(); i++) {
            Extent before = extents.get(i - 1);
            Extent after = extents.get(i);
            if (after.start() < before.end()) {
                throw new ElfFormatException(String.format("%s (file bytes 0x%x to 0x%x) overlaps %s (0x%x to 0x%x)",
                        after.what(), after.start(), after.end(), before.what(), before.start(), before.end()));
            }
        }
    }

    /** Checks that every relocation table applies to a section with content (not to a table, not to itself). */
    private void checkRelocationTargets() throws ElfFormatException {
        for (RawSection section : raw) {
            if (section.isRelocationTable() && section.info() != 0
                    && (section.info() < 0 || section.info() >= raw.length || modelIndex[section.info()] < 0)) {
                throw new ElfFormatException(section.describe() + ": sh_info " + Integer.toUnsignedString(
                        section.info()) + " does not name a section with content to relocate");
            }
        }
    }

    private RawSection symbolTable() throws ElfFormatException {
        RawSection symtab = null;
        for (RawSection section : raw) {
            if (section.type() == Elf.SHT_SYMTAB) {
                if (symtab != null) {
                    throw new ElfFormatException("two symbol tables: " + symtab.describe() + " and "
                            + section.describe());
                }
                symtab = section;
            }
        }
        return symtab;
    }

    private RawSection stringTable(RawSection symtab) throws ElfFormatException {
        RawSection strings = linked(symtab, "its string table");
        if (strings.type() != Elf.SHT_STRTAB) {
            throw new ElfFormatException(symtab.describe() + ": its string table, " + strings.describe()
                    + ", is not a string table (type " + strings.type() + ")");
        }
        return strings;
    }

    private RawSection linked(RawSection section, String role) throws ElfFormatException {
        int link = section.link();
        if (link <= 0 || link >= raw.length || link == section.index()) {
            throw new ElfFormatException(section.describe() + ": sh_link " + Integer.toUnsignedString(link)
                    + " does not name " + role);
        }
        return raw[link];
    }

    /**
     * The sections the model keeps: all but the null section, the symbol table and its strings,
     * the section names, and relocation tables that belong to another section.
     */
    private List<RawSection> contentSections(RawSection symtab) {
        List<RawSection> content = new ArrayList<>();
        for (RawSection section : raw) {
            boolean isTable = section.index() == 0
                    || section.type() == Elf.SHT_SYMTAB
                    || (symtab != null && section.index() == symtab.link())
                    || section.index() == namesIndex
                    || (section.isRelocationTable() && section.info() != 0);
            if (!isTable) {
                content.add(section);
            }
        }
        return content;
    }

    private List<Relocation> relocationsFor(RawSection target, RawSection symtab, int symbolCount)
            throws ElfFormatException {
        RawSection table = null;
        for (RawSection section : raw) {
            if (section.isRelocationTable() && section.info() == target.index()) {
                if (table != null) {
                    throw new ElfFormatException("two relocation tables for " + target.describe() + ": "
                            + table.describe() + " and " + section.describe());
                }
                table = section;
            }
        }
        if (table == null) {
            return List.of();
        }
        if (symtab == null || table.link() != symtab.index()) {
            throw new ElfFormatException(table.describe() + ": sh_link " + Integer.toUnsignedString(table.link())
                    + " is not the symbol table");
        }
        long base = kind == ObjectFile.Kind.EXECUTABLE ? Integer.toUnsignedLong(target.address()) : 0;
        return new RelocationTableReader(in, table, target, base, symbolCount).read();
    }

    private Section section(RawSection section, List<Relocation> relocations) throws ElfFormatException {
        byte[] data = section.hasFileBytes()
                ? in.slice(section.offset(), section.size(), section.describe())
                : new byte[0];
        int size = (int) section.size();
        return new Section(section.name(), section.type(), section.flags(), section.address(), section.alignment(),
                section.entrySize(), data, size, relocations);
    }

    private List<Segment> segments(ElfHeader header) throws ElfFormatException {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < header.segmentCount(); i++) {
            long at = header.programHeaderOffset() + (long) i * Elf.PHDR_SIZE;
            String what = "program header [" + i + "]";
            int type = in.i32(at, what);
            long offset = in.u32(at + 4, what);
            long fileSize = in.u32(at + 16, what);
            long memorySize = in.u32(at + 20, what);
            int alignment = in.i32(at + 28, what);
            if (type == Segment.PT_LOAD && fileSize > memorySize) {
                throw new ElfFormatException(String.format("%s: loads 0x%x bytes from the file into 0x%x bytes "
                        + "of memory", what, fileSize, memorySize));
            }
            if (alignment != 0 && Integer.bitCount(alignment) != 1) {
                throw new ElfFormatException(what + ": alignment " + Integer.toUnsignedString(alignment)
                        + " is not a power of two");
            }
            byte[] data = in.slice(offset, fileSize, what + " (the segment's bytes)");
            segments.add(new Segment(type, in.i32(at + 24, what), in.i32(at + 8, what), in.i32(at + 12, what),
                    (int) memorySize, alignment, data));
        }
        return segments;
    }
}
