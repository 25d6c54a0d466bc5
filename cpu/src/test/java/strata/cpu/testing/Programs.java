package strata.cpu.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.assembler.diag.Diagnostic;
import strata.assembler.link.LinkInput;
import strata.assembler.link.LinkOptions;
import strata.assembler.link.LinkResult;
import strata.assembler.link.Linker;
import strata.assembler.object.ObjectFile;

/** Test programs built with Strata's own assembler and linker, at the RAM base. */
public final class Programs {

    private Programs() {
    }

    /** The executable of one source file. */
    public static ObjectFile build(Path source) {
        return link(source.toString(), Assembler.assemble(source, AssemblerOptions.defaults()));
    }

    /** The executable of {@code text}, assembled as if it were a file called {@code name}. */
    public static ObjectFile build(String name, String text) {
        return link(name, Assembler.assemble(name, text, AssemblerOptions.defaults()));
    }

    private static ObjectFile link(String name, AssemblyResult assembly) {
        assertThat(assembly.diagnostics()).as(assembly.report()).noneMatch(Diagnostic::isError);
        LinkResult link = Linker.link(List.of(new LinkInput(name, assembly.object())), LinkOptions.defaults());
        assertThat(link.diagnostics()).as(() -> link.diagnostics().stream().map(Diagnostic::format).toList().toString())
                .isEmpty();
        return link.executable();
    }
}
