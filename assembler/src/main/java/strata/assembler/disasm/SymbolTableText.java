package strata.assembler.disasm;

import java.util.List;
import strata.assembler.object.Symbol;

/**
 * The symbol table as {@code objdump -t} prints it: value, seven flag columns, section, size
 * and name, one line a symbol in file order. Like objdump, it leaves out what binutils counts
 * as special on RISC-V: symbols without a name, local labels and mapping symbols.
 */
final class SymbolTableText {
    private SymbolTableText() {
    }

    static void append(List<ListingSymbol> symbols, StringBuilder out) {
        out.append("SYMBOL TABLE:\n");
        if (symbols.isEmpty()) {
            out.append("no symbols\n");
        }
        for (ListingSymbol symbol : symbols) {
            if (!isSpecial(symbol)) {
                out.append(line(symbol)).append('\n');
            }
        }
        out.append("\n\n");
    }

    private static String line(ListingSymbol symbol) {
        char scope = symbol.isLocal() ? 'l' : symbol.isGlobal() ? 'g' : ' ';
        char weak = symbol.isWeak() ? 'w' : ' ';
        char debugging = symbol.isDebugging() ? 'd' : ' ';
        char kind = symbol.isFunction() ? 'F' : symbol.isFile() ? 'f' : symbol.isObject() ? 'O' : ' ';
        Symbol elf = symbol.symbol();
        long other = symbol.isCommon() ? Integer.toUnsignedLong(elf.value()) : Integer.toUnsignedLong(elf.size());
        return Text.hex8(symbol.value()) + " " + scope + weak + "   " + debugging + kind + " "
                + symbol.sectionName() + "\t" + Text.hex8(other) + visibility(elf.visibility()) + " " + symbol.name();
    }

    private static String visibility(Symbol.Visibility visibility) {
        return switch (visibility) {
            case DEFAULT -> "";
            case INTERNAL -> " .internal";
            case HIDDEN -> " .hidden";
            case PROTECTED -> " .protected";
        };
    }

    /**
     * binutils' RISC-V special symbols: unnamed, local labels ({@code .L...}, {@code ..},
     * {@code _.L_}, the fake {@code L0^A}) and mapping symbols.
     */
    private static boolean isSpecial(ListingSymbol symbol) {
        String name = symbol.name();
        boolean fake = name.length() > 2 && name.charAt(0) == 'L' && name.charAt(1) >= '0' && name.charAt(1) <= '9'
                && name.charAt(2) == '\u0001';
        return name.isEmpty() || name.startsWith(".L") || name.startsWith("..") || name.startsWith("_.L_") || fake
                || symbol.isMappingSymbol();
    }
}
