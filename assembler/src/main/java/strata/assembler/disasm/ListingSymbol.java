package strata.assembler.disasm;

import java.util.ArrayList;
import java.util.List;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Section;
import strata.assembler.object.Symbol;

/**
 * A symbol as GNU objdump sees it (BFD's view of an ELF symbol): its address, the name of the
 * section it belongs to, and the properties objdump sorts and filters by.
 *
 * <p>{@code value} is the address, unsigned: for a relocatable object the offset in the
 * section plus the section's address; for a common symbol, as in BFD, its size.
 */
record ListingSymbol(Symbol symbol, String name, long value, String sectionName) {

    /** The names objdump gives the special section indices. */
    static final String ABSOLUTE = "*ABS*";
    static final String UNDEFINED = "*UND*";
    static final String COMMON = "*COM*";

    /** The symbols of {@code file} in symbol-table order. */
    static List<ListingSymbol> of(ObjectFile file) {
        List<ListingSymbol> symbols = new ArrayList<>();
        for (Symbol symbol : file.symbols()) {
            symbols.add(of(file, symbol));
        }
        return symbols;
    }

    static ListingSymbol of(ObjectFile file, Symbol symbol) {
        int index = symbol.section();
        if (index >= 0 && index < file.sections().size()) {
            Section section = file.sections().get(index);
            boolean sectionRelative = file.kind() == ObjectFile.Kind.RELOCATABLE;
            long value = Integer.toUnsignedLong(symbol.value())
                    + (sectionRelative ? Integer.toUnsignedLong(section.address()) : 0);
            return new ListingSymbol(symbol, symbol.name(), value & 0xffffffffL, section.name());
        }
        long value = Integer.toUnsignedLong(index == Symbol.COMMON ? symbol.size() : symbol.value());
        String sectionName = switch (index) {
            case Symbol.ABSOLUTE -> ABSOLUTE;
            case Symbol.COMMON -> COMMON;
            default -> UNDEFINED;
        };
        return new ListingSymbol(symbol, symbol.name(), value, sectionName);
    }

    boolean isLocal() {
        return symbol.binding() == Symbol.Binding.LOCAL;
    }

    /** BFD's global flag: a defined, non-common global symbol. */
    boolean isGlobal() {
        return symbol.binding() == Symbol.Binding.GLOBAL && !isUndefined() && !isCommon();
    }

    boolean isWeak() {
        return symbol.binding() == Symbol.Binding.WEAK;
    }

    boolean isFunction() {
        return symbol.type() == Symbol.Type.FUNC;
    }

    boolean isObject() {
        return symbol.type() == Symbol.Type.OBJECT || symbol.type() == Symbol.Type.COMMON;
    }

    boolean isSectionSymbol() {
        return symbol.type() == Symbol.Type.SECTION;
    }

    boolean isFile() {
        return symbol.type() == Symbol.Type.FILE;
    }

    /** BFD counts section and file symbols as debugging symbols. */
    boolean isDebugging() {
        return isSectionSymbol() || isFile();
    }

    boolean isUndefined() {
        return symbol.section() == Symbol.UNDEFINED;
    }

    boolean isCommon() {
        return symbol.section() == Symbol.COMMON;
    }

    /** True for the mapping symbols {@code $x}, {@code $xrv32i2p1...} and {@code $d}. */
    boolean isMappingSymbol() {
        return name.equals("$x") || name.equals("$d") || name.startsWith("$xrv");
    }

    /** The mapping state this symbol starts, if it is a mapping symbol. */
    boolean startsCode() {
        return !name.equals("$d");
    }
}
