package strata.assembler.asm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The normalised text form the assembler corpus compares: every section with its type, flags,
 * alignment, size, bytes in hex and relocations in order, then every symbol sorted. It is made
 * from our {@link strata.assembler.object.ObjectFile} ({@link ObjectDump}) and from readelf's
 * view of GNU's object ({@link ReadelfDump}), so that the two can be compared line for line.
 * Symbol order and section order are left out (GNU's depend on incidental details); names are
 * quoted, with control characters shown as readelf shows them ({@code ^B}).
 */
record Dump(List<Section> sections, List<Symbol> symbols) {

    record Section(String name, String type, String flags, int alignment, int entrySize, int size, byte[] bytes,
                   List<Relocation> relocations) {
    }

    /** A relocation; {@code symbol} is null when it names no symbol. */
    record Relocation(int offset, String type, String symbol, long symbolValue, long addend) {
    }

    record Symbol(String name, long value, long size, String type, String binding, String visibility,
                  String section) {
    }

    String text() {
        StringBuilder out = new StringBuilder();
        List<Section> sorted = new ArrayList<>(sections);
        sorted.sort(Comparator.comparing(Section::name));
        for (Section section : sorted) {
            out.append("section ").append(section.name()).append(' ').append(section.type())
                    .append(" flags=").append(section.flags().isEmpty() ? "-" : section.flags())
                    .append(" align=").append(section.alignment())
                    .append(section.entrySize() == 0 ? "" : " entsize=" + section.entrySize())
                    .append(" size=0x").append(Integer.toHexString(section.size())).append('\n');
            hex(out, section.bytes());
            for (Relocation relocation : section.relocations()) {
                out.append("  reloc 0x").append(Integer.toHexString(relocation.offset())).append(' ')
                        .append(relocation.type()).append(' ');
                if (relocation.symbol() == null) {
                    out.append('-');
                } else {
                    out.append(quote(relocation.symbol())).append("@0x").append(Long.toHexString(relocation.symbolValue()));
                }
                long addend = relocation.addend();
                out.append(addend < 0 ? " -0x" : " +0x").append(Long.toHexString(Math.abs(addend))).append('\n');
            }
        }
        out.append("symbols\n");
        List<Symbol> symbolsSorted = new ArrayList<>(symbols);
        symbolsSorted.sort(Comparator.comparing(Symbol::section).thenComparingLong(Symbol::value)
                .thenComparing(Symbol::name).thenComparing(Symbol::type).thenComparing(Symbol::binding)
                .thenComparingLong(Symbol::size));
        for (Symbol symbol : symbolsSorted) {
            out.append("  ").append(symbol.section()).append(" 0x").append(Long.toHexString(symbol.value()))
                    .append(" size=").append(symbol.size()).append(' ').append(symbol.type()).append(' ')
                    .append(symbol.binding()).append(' ').append(symbol.visibility()).append(' ')
                    .append(quote(symbol.name())).append('\n');
        }
        return out.toString();
    }

    private static void hex(StringBuilder out, byte[] bytes) {
        for (int line = 0; line < bytes.length; line += 16) {
            out.append("  ").append(String.format("%04x:", line));
            for (int i = line; i < Math.min(line + 16, bytes.length); i++) {
                if ((i - line) % 4 == 0) {
                    out.append(' ');
                }
                out.append(String.format("%02x", bytes[i] & 0xff));
            }
            out.append('\n');
        }
    }

    /** A name in quotes, with control characters as readelf prints them ({@code ^B} for 0x02). */
    static String quote(String name) {
        return '"' + readelfName(name) + '"';
    }

    static String readelfName(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c < 0x20) {
                out.append('^').append((char) (c + 0x40));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
