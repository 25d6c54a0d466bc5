package strata.assembler.asm;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import strata.testkit.Binutils;

/**
 * The {@link Dump} of an ELF object as GNU readelf shows it: sections from {@code -S}, bytes
 * from {@code -x}, relocations from {@code -r}, symbols from {@code -s}, all with {@code -W}.
 * Going through readelf's text keeps the reference independent of our own ELF code.
 */
final class ReadelfDump {
    private static final Pattern SECTION = Pattern.compile(
            "^\\s*\\[\\s*(\\d+)]\\s+(\\S+)\\s+(\\S+)\\s+([0-9a-f]+)\\s+([0-9a-f]+)\\s+([0-9a-f]+)\\s+([0-9a-f]+)\\s+([A-Za-z]*)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$");
    private static final Pattern RELOCATION_SECTION = Pattern.compile("^Relocation section '\\.rela(.*)' at offset.*$");
    private static final Pattern RELOCATION = Pattern.compile("^([0-9a-f]{8})\\s+([0-9a-f]{8})\\s+(R_RISCV_\\w+)\\s*(.*)$");
    private static final Pattern SYMBOL_AND_ADDEND = Pattern.compile("^([0-9a-f]{8})\\s+(.*) ([+-]) ([0-9a-f]+)$");
    private static final Pattern SYMBOL = Pattern.compile(
            "^\\s*(\\d+):\\s+([0-9a-f]{8})\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)(?: (.*))?$");
    private static final Pattern HEX_HEADER = Pattern.compile("^Hex dump of section '(.*)':$");
    private static final Set<String> WRITER_SECTIONS = Set.of("NULL", "RELA", "SYMTAB", "STRTAB");

    private record Header(int index, String name, String type, int size, int entrySize, String flags, int alignment) {
    }

    private ReadelfDump() {
    }

    static Dump of(Path object) {
        List<Header> headers = headers(object);
        Map<String, List<Dump.Relocation>> relocations = relocations(object);
        Map<String, byte[]> contents = contents(object, headers);
        List<Dump.Section> sections = new ArrayList<>();
        for (Header header : headers) {
            sections.add(new Dump.Section(header.name(), header.type(), header.flags(), header.alignment(),
                    header.entrySize(), header.size(),
                    contents.getOrDefault(header.name(), new byte[0]),
                    relocations.getOrDefault(header.name(), List.of())));
        }
        return new Dump(sections, symbols(object, headers));
    }

    private static String readelf(Path object, String... options) {
        List<String> arguments = new ArrayList<>(List.of("-W"));
        arguments.addAll(List.of(options));
        arguments.add(object.toString());
        return Binutils.run(object.getParent(), Binutils.Tool.READELF, arguments).assertSuccess().stdout(ISO_8859_1);
    }

    private static List<Header> headers(Path object) {
        List<Header> headers = new ArrayList<>();
        for (String line : readelf(object, "-S").split("\n")) {
            Matcher m = SECTION.matcher(line);
            if (m.matches() && !WRITER_SECTIONS.contains(m.group(3))) {
                headers.add(new Header(Integer.parseInt(m.group(1)), m.group(2), m.group(3),
                        Integer.parseInt(m.group(6), 16), Integer.parseInt(m.group(7), 16), m.group(8),
                        Integer.parseInt(m.group(11))));
            }
        }
        return headers;
    }

    private static Map<String, byte[]> contents(Path object, List<Header> headers) {
        List<String> options = new ArrayList<>();
        for (Header header : headers) {
            if (!header.type().equals("NOBITS") && header.size() > 0) {
                options.add("-x");
                options.add(Integer.toString(header.index()));
            }
        }
        Map<String, byte[]> contents = new HashMap<>();
        if (options.isEmpty()) {
            return contents;
        }
        String current = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String line : readelf(object, options.toArray(new String[0])).split("\n")) {
            Matcher header = HEX_HEADER.matcher(line);
            if (header.matches()) {
                if (current != null) {
                    contents.put(current, bytes.toByteArray());
                }
                current = header.group(1);
                bytes.reset();
            } else if (line.startsWith("  0x") && line.length() > 13) {
                String hex = line.substring(13, Math.min(line.length(), 13 + 35)).replace(" ", "");
                for (int i = 0; i + 1 < hex.length(); i += 2) {
                    bytes.write(Integer.parseInt(hex.substring(i, i + 2), 16));
                }
            }
        }
        if (current != null) {
            contents.put(current, bytes.toByteArray());
        }
        return contents;
    }

    private static Map<String, List<Dump.Relocation>> relocations(Path object) {
        Map<String, List<Dump.Relocation>> relocations = new HashMap<>();
        List<Dump.Relocation> current = null;
        for (String line : readelf(object, "-r").split("\n")) {
            Matcher section = RELOCATION_SECTION.matcher(line);
            if (section.matches()) {
                current = new ArrayList<>();
                relocations.put(section.group(1), current);
                continue;
            }
            Matcher m = RELOCATION.matcher(line);
            if (m.matches() && current != null) {
                int offset = (int) Long.parseLong(m.group(1), 16);
                String rest = m.group(4);
                Matcher symbol = SYMBOL_AND_ADDEND.matcher(rest);
                if (symbol.matches()) {
                    long addend = Long.parseLong(symbol.group(4), 16);
                    current.add(new Dump.Relocation(offset, m.group(3), symbol.group(2),
                            Long.parseLong(symbol.group(1), 16), symbol.group(3).equals("-") ? -addend : addend));
                } else {
                    current.add(new Dump.Relocation(offset, m.group(3), null, 0,
                            rest.isBlank() ? 0 : (int) Long.parseLong(rest.strip(), 16)));
                }
            }
        }
        return relocations;
    }

    private static List<Dump.Symbol> symbols(Path object, List<Header> headers) {
        Map<String, String> sectionNames = new HashMap<>();
        for (Header header : headers) {
            sectionNames.put(Integer.toString(header.index()), header.name());
        }
        List<Dump.Symbol> symbols = new ArrayList<>();
        for (String line : readelf(object, "-s").split("\n")) {
            Matcher m = SYMBOL.matcher(line);
            if (!m.matches() || m.group(1).equals("0")) {
                continue;
            }
            String size = m.group(3);
            long sizeValue = size.startsWith("0x") ? Long.parseLong(size.substring(2), 16) : Long.parseLong(size);
            String section = sectionNames.getOrDefault(m.group(7), m.group(7));
            symbols.add(new Dump.Symbol(m.group(8) == null ? "" : m.group(8), Long.parseLong(m.group(2), 16), sizeValue,
                    m.group(4), m.group(5), m.group(6), section));
        }
        return symbols;
    }
}
