package strata.assembler.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Section;
import strata.assembler.object.Symbol;

/**
 * What a linked program is, as text: the entry point, each loaded section with its address and
 * bytes, and the symbols with their final addresses (sorted, since GNU ld orders its globals by
 * hash). Section symbols and which section a symbol claims are left out: they are bookkeeping in
 * which linkers legitimately differ. Strata's output and GNU ld's are compared through this.
 */
final class LinkDump {
    private static final int BYTES_PER_LINE = 16;

    private LinkDump() {
    }

    static String of(ObjectFile executable) {
        StringBuilder dump = new StringBuilder();
        dump.append(String.format("entry %08x%n", executable.entry()));
        for (Section section : executable.sections()) {
            if (section.isAlloc()) {
                appendSection(dump, section);
            }
        }
        List<String> symbols = new ArrayList<>();
        for (Symbol symbol : executable.symbols()) {
            if (symbol.type() != Symbol.Type.SECTION) {
                symbols.add(String.format("symbol %08x %-6s %-6s size %-4d %s%n", symbol.value(), symbol.binding(),
                        symbol.type(), symbol.size(), symbol.isDefined() ? symbol.name() : symbol.name() + " (undefined)"));
            }
        }
        symbols.sort(Comparator.naturalOrder());
        symbols.forEach(dump::append);
        return dump.toString();
    }

    private static void appendSection(StringBuilder dump, Section section) {
        dump.append(String.format("section %s at %08x size %x %s%n", section.name(), section.address(), section.size(),
                section.isNobits() ? "nobits" : "progbits"));
        byte[] data = section.data();
        for (int line = 0; line < data.length; line += BYTES_PER_LINE) {
            dump.append(String.format("  %08x", section.address() + line));
            for (int i = line; i < Math.min(line + BYTES_PER_LINE, data.length); i++) {
                dump.append((i - line) % 4 == 0 ? " " : "").append(String.format("%02x", data[i]));
            }
            dump.append(System.lineSeparator());
        }
    }
}
