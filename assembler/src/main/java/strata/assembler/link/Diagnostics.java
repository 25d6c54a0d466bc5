package strata.assembler.link;

import java.util.ArrayList;
import java.util.List;
import strata.assembler.diag.Diagnostic;

/** The errors and warnings of one link, collected so that all of them are reported. */
final class Diagnostics {
    /** The name warnings not about one input file carry, as GNU ld's carry {@code ld}. */
    static final String LINKER = "strata link";

    private final List<Diagnostic> list = new ArrayList<>();

    void error(String file, String message) {
        list.add(Diagnostic.error(file, message));
    }

    void warning(String file, String message) {
        list.add(new Diagnostic(Diagnostic.Severity.WARNING, file, 0, 0, message, null));
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Diagnostic::isError);
    }

    List<Diagnostic> list() {
        return List.copyOf(list);
    }
}
