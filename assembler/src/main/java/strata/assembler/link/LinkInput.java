package strata.assembler.link;

import strata.assembler.object.ObjectFile;

/** One object file to link, with the name messages give it (the path on the command line). */
public record LinkInput(String name, ObjectFile object) {
}
