package strata.assembler.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Relocation;
import strata.assembler.object.Section;
import strata.assembler.object.Symbol;

/** The {@link Dump} of one of our objects. */
final class ObjectDump {
    private static final Map<Integer, String> TYPES = Map.of(
            Section.SHT_PROGBITS, "PROGBITS",
            Section.SHT_NOBITS, "NOBITS",
            7, "NOTE",
            Section.SHT_INIT_ARRAY, "INIT_ARRAY",
            Section.SHT_FINI_ARRAY, "FINI_ARRAY",
            16, "PREINIT_ARRAY",
            Section.SHT_RISCV_ATTRIBUTES, "RISCV_ATTRIBUTES");
    /** Section flag bits in the order readelf prints their letters. */
    private static final int[] FLAG_BITS = {0x1, 0x2, 0x4, 0x10, 0x20, 0x40, 0x80, 0x100, 0x200, 0x400};
    private static final String FLAG_LETTERS = "WAXMSILOGT";

    private ObjectDump() {
    }

    static Dump of(ObjectFile object) {
        List<Dump.Section> sections = new ArrayList<>();
        for (Section section : object.sections()) {
            List<Dump.Relocation> relocations = new ArrayList<>();
            for (Relocation relocation : section.relocations()) {
                Symbol symbol = relocation.symbol() == Relocation.NO_SYMBOL ? null : object.symbols().get(relocation.symbol());
                relocations.add(new Dump.Relocation(relocation.offset(), relocation.type().elfName(),
                        symbol == null ? null : symbolName(object, symbol), symbol == null ? 0 : symbol.value() & 0xffffffffL,
                        relocation.addend()));
            }
            sections.add(new Dump.Section(section.name(), TYPES.get(section.type()), flags(section.flags()),
                    section.alignment(), section.entrySize(), section.size(),
                    section.isNobits() ? new byte[0] : section.data(), relocations));
        }
        List<Dump.Symbol> symbols = new ArrayList<>();
        for (Symbol symbol : object.symbols()) {
            symbols.add(new Dump.Symbol(symbolName(object, symbol), symbol.value() & 0xffffffffL, symbol.size() & 0xffffffffL,
                    symbol.type().name(), symbol.binding().name(), symbol.visibility().name(), sectionName(object, symbol.section())));
        }
        return new Dump(sections, symbols);
    }

    private static String symbolName(ObjectFile object, Symbol symbol) {
        boolean ofSection = symbol.type() == Symbol.Type.SECTION && symbol.section() >= 0;
        return ofSection ? object.sections().get(symbol.section()).name() : symbol.name();
    }

    private static String sectionName(ObjectFile object, int section) {
        return switch (section) {
            case Symbol.UNDEFINED -> "UND";
            case Symbol.ABSOLUTE -> "ABS";
            case Symbol.COMMON -> "COM";
            default -> object.sections().get(section).name();
        };
    }

    private static String flags(int flags) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < FLAG_BITS.length; i++) {
            if ((flags & FLAG_BITS[i]) != 0) {
                letters.append(FLAG_LETTERS.charAt(i));
            }
        }
        return letters.toString();
    }
}
