package strata.assembler.elf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output of {@code readelf -h -S -l -s -r -W} for a file, turned into {@link ElfFacts}. The
 * section and segment bytes come from the file itself, at the offsets readelf lists. Keeps the
 * sections Strata's model keeps: not the null section, the symbol table, its string table, the
 * section name table or the relocation tables of other sections.
 */
final class ReadelfListing {
    /** The readelf options whose output this class reads. */
    static final List<String> OPTIONS = List.of("-h", "-S", "-l", "-s", "-r", "-W");

    private static final Map<String, Integer> SECTION_TYPES = Map.ofEntries(
            Map.entry("NULL", 0), Map.entry("PROGBITS", 1), Map.entry("SYMTAB", 2), Map.entry("STRTAB", 3),
            Map.entry("RELA", 4), Map.entry("NOTE", 7), Map.entry("NOBITS", 8), Map.entry("REL", 9),
            Map.entry("INIT_ARRAY", 14), Map.entry("FINI_ARRAY", 15), Map.entry("PREINIT_ARRAY", 16),
            Map.entry("RISCV_ATTRIBUTES", 0x70000003));
    private static final Map<String, Integer> SEGMENT_TYPES = Map.of(
            "LOAD", 1, "NOTE", 4, "TLS", 7, "RISCV_ATTRIBUT", 0x70000003, "GNU_STACK", 0x6474e551);
    private static final String SECTION_FLAG_LETTERS = "WAX?MSILOGTC";
    private static final int SHF_EXCLUDE = 0x80000000;

    private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\s*(\\d+)]\\s+(.*)$");
    private static final Pattern SEGMENT = Pattern.compile(
            "^\\s+(\\S+)\\s+0x(\\p{XDigit}+)\\s+0x(\\p{XDigit}+)\\s+0x(\\p{XDigit}+)\\s+0x(\\p{XDigit}+)"
                    + "\\s+0x(\\p{XDigit}+)\\s([R ])([W ])([E ])\\s+(0x\\p{XDigit}+|0)$");
    private static final Pattern SYMBOL = Pattern.compile(
            "^\\s*(\\d+):\\s+(\\p{XDigit}{8})\\s+(0x\\p{XDigit}+|\\d+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+) ?(.*)$");
    private static final Pattern RELOCATION_TABLE = Pattern.compile("^Relocation section '(.*)' at offset .*$");
    private static final Pattern RELOCATION = Pattern.compile(
            "^(\\p{XDigit}{8})\\s+(\\p{XDigit}{8})\\s+(R_RISCV_\\w+)\\s*(.*)$");
    private static final Pattern ADDEND = Pattern.compile("(?:([+-]) )?(\\p{XDigit}+)$");

    private record RawSection(int index, String name, int type, int flags, int address, int offset, int size,
                              int entrySize, int link, int info, int alignment) {
    }

    private ReadelfListing() {
    }

    static List<String> facts(String listing, byte[] file) {
        List<String> lines = Arrays.asList(listing.split("\n"));
        int kind = lines.stream().anyMatch(line -> line.matches("\\s*Type:\\s+EXEC.*")) ? 2 : 1;
        int flags = (int) Long.parseLong(headerField(lines, "Flags").split(",")[0].substring(2), 16);
        int entry = (int) Long.parseLong(headerField(lines, "Entry point address").substring(2), 16);
        int names = Integer.parseInt(headerField(lines, "Section header string table index"));
        List<RawSection> sections = sections(lines);
        Map<Integer, RawSection> byIndex = new HashMap<>();
        sections.forEach(section -> byIndex.put(section.index(), section));
        int strings = sections.stream().filter(section -> section.type() == 2).mapToInt(RawSection::link)
                .findFirst().orElse(-1);

        List<String> facts = new ArrayList<>();
        facts.add(ElfFacts.header(kind, flags, entry));
        for (RawSection section : sections) {
            boolean table = section.type() == 0 || section.type() == 2 || section.index() == strings
                    || section.index() == names || ((section.type() == 4 || section.type() == 9) && section.info() != 0);
            if (!table) {
                byte[] data = section.type() == 8 ? new byte[0]
                        : Arrays.copyOfRange(file, section.offset(), section.offset() + section.size());
                facts.add(ElfFacts.section(section.name(), section.type(), section.flags(), section.address(),
                        section.size(), section.entrySize(), section.alignment(), data));
            }
        }
        facts.addAll(symbols(lines, byIndex));
        facts.addAll(relocations(lines, sections, byIndex, kind == 2));
        facts.addAll(segments(lines, file));
        return facts;
    }

    private static String headerField(List<String> lines, String name) {
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.startsWith(name + ":")) {
                return trimmed.substring(name.length() + 1).trim();
            }
        }
        throw new AssertionError("readelf listing has no header field " + name);
    }

    private static List<RawSection> sections(List<String> lines) {
        List<RawSection> sections = new ArrayList<>();
        for (String line : between(lines, "Section Headers:", "Key to Flags:")) {
            Matcher matcher = SECTION.matcher(line);
            if (!matcher.matches() || line.contains("[Nr]")) {
                continue;
            }
            int index = Integer.parseInt(matcher.group(1));
            List<String> fields = new ArrayList<>(Arrays.asList(matcher.group(2).trim().split("\\s+")));
            if (index == 0) {
                fields.add(0, "");
            }
            if (fields.size() == 9) {
                fields.add(6, "");
            }
            sections.add(new RawSection(index, fields.get(0), sectionType(fields.get(1)), sectionFlags(fields.get(6)),
                    hex(fields.get(2)), hex(fields.get(3)), hex(fields.get(4)), hex(fields.get(5)),
                    Integer.parseInt(fields.get(7)), Integer.parseInt(fields.get(8)),
                    Integer.parseInt(fields.get(9))));
        }
        return sections;
    }

    private static int sectionType(String name) {
        Integer type = SECTION_TYPES.get(name);
        if (type == null) {
            throw new AssertionError("unknown section type in readelf listing: " + name);
        }
        return type;
    }

    private static int sectionFlags(String letters) {
        int flags = 0;
        for (char letter : letters.toCharArray()) {
            int bit = SECTION_FLAG_LETTERS.indexOf(letter);
            if (letter == 'E') {
                flags |= SHF_EXCLUDE;
            } else if (bit < 0 || letter == '?') {
                throw new AssertionError("unknown section flag in readelf listing: " + letter);
            } else {
                flags |= 1 << bit;
            }
        }
        return flags;
    }

    private static List<String> symbols(List<String> lines, Map<Integer, RawSection> sections) {
        List<String> facts = new ArrayList<>();
        for (String line : lines) {
            Matcher matcher = SYMBOL.matcher(line);
            if (!matcher.matches() || matcher.group(1).equals("0")) {
                continue;
            }
            String size = matcher.group(3);
            String section = switch (matcher.group(7)) {
                case "UND", "ABS", "COM" -> matcher.group(7);
                default -> sections.get(Integer.parseInt(matcher.group(7))).name();
            };
            facts.add(ElfFacts.symbol(Integer.parseInt(matcher.group(1)), matcher.group(8), hex(matcher.group(2)),
                    size.startsWith("0x") ? hex(size.substring(2)) : Integer.parseInt(size), matcher.group(4),
                    matcher.group(5), matcher.group(6), section));
        }
        return facts;
    }

    private static List<String> relocations(List<String> lines, List<RawSection> sections,
                                            Map<Integer, RawSection> byIndex, boolean executable) {
        List<String> facts = new ArrayList<>();
        RawSection target = null;
        for (String line : lines) {
            Matcher table = RELOCATION_TABLE.matcher(line);
            if (table.matches()) {
                String name = table.group(1);
                RawSection relocations = sections.stream().filter(section -> section.name().equals(name)).findFirst()
                        .orElseThrow();
                target = byIndex.get(relocations.info());
                continue;
            }
            Matcher matcher = RELOCATION.matcher(line);
            if (!matcher.matches()) {
                continue;
            }
            Matcher addend = ADDEND.matcher(matcher.group(4).trim());
            if (!addend.find()) {
                throw new AssertionError("no addend in readelf line: " + line);
            }
            long value = Long.parseLong(addend.group(2), 16);
            int offset = hex(matcher.group(1)) - (executable ? target.address() : 0);
            facts.add(ElfFacts.relocation(target.name(), offset, matcher.group(3), hex(matcher.group(2)) >>> 8,
                    (int) ("-".equals(addend.group(1)) ? -value : value)));
        }
        return facts;
    }

    private static List<String> segments(List<String> lines, byte[] file) {
        List<String> facts = new ArrayList<>();
        for (String line : between(lines, "Program Headers:", "Section to Segment mapping:")) {
            Matcher matcher = SEGMENT.matcher(line);
            if (!matcher.matches()) {
                continue;
            }
            Integer type = SEGMENT_TYPES.get(matcher.group(1));
            if (type == null) {
                throw new AssertionError("unknown segment type in readelf listing: " + matcher.group(1));
            }
            int offset = hex(matcher.group(2));
            int fileSize = hex(matcher.group(5));
            int flags = (matcher.group(7).equals("R") ? 4 : 0) | (matcher.group(8).equals("W") ? 2 : 0)
                    | (matcher.group(9).equals("E") ? 1 : 0);
            String alignment = matcher.group(10);
            facts.add(ElfFacts.segment(type, flags, hex(matcher.group(3)), hex(matcher.group(4)),
                    hex(matcher.group(6)), alignment.equals("0") ? 0 : hex(alignment.substring(2)),
                    Arrays.copyOfRange(file, offset, offset + fileSize)));
        }
        return facts;
    }

    private static List<String> between(List<String> lines, String start, String end) {
        int from = lines.indexOf(lines.stream().filter(line -> line.startsWith(start)).findFirst().orElse(""));
        if (from < 0) {
            return List.of();
        }
        List<String> section = new ArrayList<>();
        for (String line : lines.subList(from + 1, lines.size())) {
            if (line.startsWith(end)) {
                break;
            }
            section.add(line);
        }
        return section;
    }

    private static int hex(String digits) {
        return (int) Long.parseLong(digits, 16);
    }
}
