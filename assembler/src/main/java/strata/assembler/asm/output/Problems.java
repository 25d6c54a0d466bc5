package strata.assembler.asm.output;

import strata.assembler.asm.source.SourceLine;

/** Where problems found while building the object go. */
public interface Problems {
    void error(SourceLine line, int column, String message);

    void warning(SourceLine line, int column, String message);

    /** A problem of the file as a whole, with no line to show. */
    void error(String message);
}
