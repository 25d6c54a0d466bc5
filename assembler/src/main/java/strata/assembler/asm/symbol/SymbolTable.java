package strata.assembler.asm.symbol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.section.Position;

/**
 * Every symbol of the file by name, plus the nameless temporaries. Numeric local labels
 * ({@code 1:}) get GNU's instance names, {@code .L1^B1} for the first {@code 1:} (with a
 * control-B, 0x02, between number and instance), so {@code 1b} and {@code 1f} name a symbol
 * like any other and relocations against them look exactly like GNU's.
 */
public final class SymbolTable {
    /** The name GNU gives the labels it makes for {@code .} and for la/call expansions. */
    public static final String FAKE_LABEL = ".L0 ";
    private static final char LOCAL_LABEL_CHAR = '\u0002';

    private final Map<String, AsmSymbol> byName = new HashMap<>();
    private final List<AsmSymbol> all = new ArrayList<>();
    private final Map<Long, Integer> localInstances = new HashMap<>();
    private final Sequence sequence;

    public SymbolTable(Sequence sequence) {
        this.sequence = sequence;
    }

    /** The symbol named {@code name}, created undefined if it is new. */
    public AsmSymbol lookup(String name) {
        AsmSymbol symbol = byName.get(name);
        if (symbol == null) {
            boolean temporary = isTemporaryName(name);
            symbol = new AsmSymbol(name, temporary ? -1 : sequence.next(), temporary);
            byName.put(name, symbol);
            all.add(symbol);
        }
        return symbol;
    }

    /** The symbol named {@code name}, or null if the file has not mentioned it. */
    public AsmSymbol find(String name) {
        return byName.get(name);
    }

    /**
     * A new temporary label at {@code where}, not reachable by name. GNU makes the one for
     * {@code .} a full symbol at once ({@code placed}), and those of expansions only when a
     * relocation needs them.
     */
    public AsmSymbol fakeLabel(Position where, boolean placed) {
        AsmSymbol symbol = new AsmSymbol(FAKE_LABEL, placed ? sequence.next() : -1, true);
        symbol.defineLabel(where, null);
        all.add(symbol);
        return symbol;
    }

    /** Every symbol, in the order the file first mentioned them. */
    public List<AsmSymbol> all() {
        return all;
    }

    /** The name of a new instance of numeric local label {@code number}, for its definition. */
    public String defineLocal(long number) {
        int instance = localInstances.merge(number, 1, Integer::sum);
        return localName(number, instance);
    }

    /** The instance {@code 1b} (backward) or {@code 1f} (forward) means here. */
    public String referenceLocal(long number, boolean backward, int column) {
        int current = localInstances.getOrDefault(number, 0);
        if (backward && current == 0) {
            throw new AsmException(column, "local label " + number + "b is not defined before this point");
        }
        return localName(number, backward ? current : current + 1);
    }

    private static String localName(long number, int instance) {
        return ".L" + number + LOCAL_LABEL_CHAR + instance;
    }

    /** Names that never reach the object file unless a relocation needs them. */
    public static boolean isTemporaryName(String name) {
        return name.startsWith(".L");
    }
}
