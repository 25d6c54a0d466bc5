package strata.cli.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.assembler.elf.ElfWriter;
import strata.assembler.link.LinkInput;
import strata.assembler.link.LinkOptions;
import strata.assembler.link.LinkResult;
import strata.assembler.link.Linker;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;

/** The programs the UI's tests load, built by Strata's own assembler and linker at the RAM base. */
public final class TestPrograms {
    /** The example every user meets first: puts a greeting and powers off. */
    public static final Path HELLO = Path.of("../examples/hello.S");
    /** Sv32 with superpages and one 4 KiB page at 0x40000000, then S-mode. */
    static final Path PAGING = Path.of("src/test/resources/strata/cli/tui/paging.S");
    /** Counts in memory forever. */
    static final Path SPIN = Path.of("src/test/resources/strata/cli/tui/spin.S");
    /** An ecall in M-mode and its handler. */
    static final Path TRAP = Path.of("src/test/resources/strata/cli/tui/trap.S");
    /** The board's console echo: every byte typed comes back in upper case, until Ctrl-D. */
    static final Path ECHO = Path.of("../cpu/src/test/resources/strata/cpu/board/programs/echo.S");

    private TestPrograms() {
    }

    /** {@code source} assembled and linked, written as {@code NAME.elf} into {@code folder}. */
    public static Path build(Path source, Path folder) throws IOException {
        AssemblyResult assembled = Assembler.assemble(source, AssemblerOptions.defaults());
        assertThat(assembled.hasErrors()).as(assembled.report()).isFalse();
        String name = source.getFileName().toString();
        LinkResult linked = Linker.link(List.of(new LinkInput(name, assembled.object())),
                new LinkOptions(LinkOptions.DEFAULT_BASE, LinkOptions.DEFAULT_ENTRY));
        assertThat(linked.succeeded()).isTrue();
        return Files.write(folder.resolve(name.replace(".S", ".elf")), ElfWriter.write(linked.executable()));
    }

    /** {@code source} built and read as a program. */
    static Program program(Path source, Path folder) throws IOException, ProgramException {
        return Program.read(Files.readAllBytes(build(source, folder)));
    }
}
