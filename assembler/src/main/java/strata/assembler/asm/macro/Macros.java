package strata.assembler.asm.macro;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The macros defined so far, by name (not case-sensitive), and the count {@code \@} reports. */
public final class Macros {
    private final Map<String, Macro> byName = new HashMap<>();
    private int expansions;

    public Macro find(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    public void define(Macro macro) {
        byName.put(macro.name().toLowerCase(Locale.ROOT), macro);
    }

    /** Forgets a macro ({@code .purgem}); false if there was none. */
    public boolean purge(String name) {
        return byName.remove(name.toLowerCase(Locale.ROOT)) != null;
    }

    /** The value of {@code \@} for a new expansion: how many macros were expanded before it. */
    public int nextExpansion() {
        return expansions++;
    }
}
