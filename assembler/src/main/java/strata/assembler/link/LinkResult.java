package strata.assembler.link;

import java.util.List;
import strata.assembler.diag.Diagnostic;
import strata.assembler.object.ObjectFile;

/**
 * What a link produced: the executable, or null when there were errors, and every error and
 * warning found, in the order found.
 */
public record LinkResult(ObjectFile executable, List<Diagnostic> diagnostics) {

    public boolean succeeded() {
        return executable != null;
    }
}
