package strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import strata.assembler.disasm.Objdump;
import strata.assembler.elf.ElfFormatException;
import strata.assembler.elf.ElfReader;

/**
 * {@code strata objdump}: what GNU objdump prints for RISC-V ELF files with {@code -d},
 * {@code -r}, {@code -t} and {@code -M no-aliases} (docs/objdump.md lists the differences).
 * A file that cannot be read is reported and skipped; the status is then 1.
 */
@Command(name = "objdump",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show the contents of RV32 ELF files as GNU objdump does: the disassembly (-d), "
                + "the relocations (-r) and the symbol table (-t).")
public final class ObjdumpCommand implements Callable<Integer> {

    /** The only disassembler option (-M) Strata knows. */
    private static final String NO_ALIASES = "no-aliases";

    @Option(names = {"-d", "--disassemble"}, description = "Disassemble the executable sections.")
    private boolean disassemble;

    @Option(names = {"-r", "--reloc"}, description = "Show the relocations; with -d, after the instructions.")
    private boolean relocations;

    @Option(names = {"-t", "--syms"}, description = "Show the symbol table.")
    private boolean symbolTable;

    @Option(names = {"-M", "--disassembler-options"}, split = ",", paramLabel = "OPTION",
            description = "Disassembler options; '" + NO_ALIASES + "' prints every instruction as itself, "
                    + "never as a pseudo-instruction.")
    private List<String> disassemblerOptions = List.of();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "ELF object files or executables.")
    private List<Path> files;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!disassemble && !relocations && !symbolTable) {
            err.println("strata objdump: nothing to show: give -d, -r or -t");
            return CommandLine.ExitCode.USAGE;
        }
        for (String option : disassemblerOptions) {
            if (!option.equals(NO_ALIASES)) {
                err.println("strata objdump: unknown disassembler option '" + option + "' (known: " + NO_ALIASES + ")");
                return CommandLine.ExitCode.USAGE;
            }
        }
        Objdump.Options options = new Objdump.Options(disassemble, relocations, symbolTable,
                !disassemblerOptions.contains(NO_ALIASES));
        PrintWriter out = spec.commandLine().getOut();
        int status = CommandLine.ExitCode.OK;
        for (Path file : files) {
            try {
                out.print(Objdump.listing(file.toString(), ElfReader.read(Files.readAllBytes(file)), options));
            } catch (NoSuchFileException e) {
                err.println("strata objdump: " + file + ": no such file");
                status = CommandLine.ExitCode.SOFTWARE;
            } catch (IOException e) {
                err.println("strata objdump: " + file + ": cannot read: " + e.getMessage());
                status = CommandLine.ExitCode.SOFTWARE;
            } catch (ElfFormatException e) {
                err.println("strata objdump: " + file + ": " + e.getMessage());
                status = CommandLine.ExitCode.SOFTWARE;
            }
            out.flush();
        }
        return status;
    }
}
