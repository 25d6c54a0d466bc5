package strata.assembler.asm.source;

/**
 * Why a line is being assembled somewhere other than where it was written: it is part of a
 * macro or repetition expanded at {@code file:line}, or of a file included from there.
 * Expansions nest through {@code outer}, so a message can say the whole way a line got here.
 */
public record Expansion(String what, String file, int line, Expansion outer) {

    /** The chain as a message suffix: {@code  (in macro 'm' at a.S:3, included from b.S:1)}. */
    public String describe() {
        StringBuilder text = new StringBuilder(" (");
        for (Expansion e = this; e != null; e = e.outer) {
            if (e != this) {
                text.append(", ");
            }
            text.append(e.what).append(' ').append(e.file).append(':').append(e.line);
        }
        return text.append(')').toString();
    }
}
