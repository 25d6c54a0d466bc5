package strata.assembler.asm.source;

/**
 * One statement to assemble: {@code text} is as long as its line's text, with the parts that
 * belong to other statements or comments blanked, so an index into it is a column of the line.
 */
public record Statement(SourceLine line, String text) {
}
