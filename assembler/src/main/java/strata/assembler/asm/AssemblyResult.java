package strata.assembler.asm;

import java.util.List;
import strata.assembler.diag.Diagnostic;
import strata.assembler.object.ObjectFile;

/**
 * What assembling a file gave: the relocatable object (null if there were errors), every error
 * and warning in the order found, and how many source lines were read (includes too).
 */
public record AssemblyResult(ObjectFile object, List<Diagnostic> diagnostics, int lines) {

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Every diagnostic formatted as compilers print them, one after another. */
    public String report() {
        StringBuilder text = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            text.append(diagnostic.format()).append('\n');
        }
        return text.toString();
    }
}
