package strata.assembler.asm.source;

/**
 * Why a line is being assembled somewhere other than where it was written: it is part of a
 * macro or repetition expanded at {@code file:line}, or of a file included from there.
 * Expansions nest through {@code outer}, so a message can say the whole way a line got here.
 */
public record Expansion(String what, String file, int line, Expansion outer) {

    /** How many steps of a deep chain a message shows. */
    private static final int SHOWN = 4;

    /**
     * The chain as a message suffix: {@code  (in macro 'm' called at a.S:3, included from
     * b.S:1)}; a deep one shows its innermost steps and how many more there are.
     */
    public String describe() {
        StringBuilder text = new StringBuilder(" (");
        int shown = 0;
        for (Expansion e = this; e != null; e = e.outer) {
            if (shown == SHOWN) {
                int more = 0;
                for (Expansion rest = e; rest != null; rest = rest.outer) {
                    more++;
                }
                return text.append(", and ").append(more).append(" more)").toString();
            }
            if (shown > 0) {
                text.append(", ");
            }
            text.append(e.what).append(' ').append(e.file).append(':').append(e.line);
            shown++;
        }
        return text.append(')').toString();
    }
}
