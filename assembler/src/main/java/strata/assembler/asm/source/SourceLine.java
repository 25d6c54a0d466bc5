package strata.assembler.asm.source;

/**
 * One line as the assembler reads it: a line of a file, or a line of a macro or repetition body
 * after substitution. {@code number} is the line's number in {@code file}; {@code text} is what
 * is assembled, so error columns point into it; {@code expansion} says how the line got here,
 * or is null for a line read straight from the file being assembled.
 */
public record SourceLine(String file, int number, String text, Expansion expansion) {

    /** The same place with other text: a macro body line after substitution. */
    public SourceLine withText(String newText, Expansion newExpansion) {
        return new SourceLine(file, number, newText, newExpansion);
    }
}
