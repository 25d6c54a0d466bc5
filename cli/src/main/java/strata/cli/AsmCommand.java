package strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.assembler.diag.Diagnostic;
import strata.assembler.elf.ElfWriter;

/**
 * {@code strata asm}: assembles a RISC-V source file in GNU {@code as} syntax into an ELF
 * relocatable object, the same one {@code riscv64-unknown-elf-as -march=rv32imafd_zicsr_zifencei
 * -mabi=ilp32 -mno-relax} makes. Every error and warning is printed; any error means exit status 1
 * and no object.
 */
@Command(name = "asm",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Assemble FILE.S (GNU as syntax, RV32IMAFD + Zicsr + Zifencei) into an ELF relocatable object.")
final class AsmCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.S", description = "The source file.")
    private Path source;

    @Option(names = "-o", paramLabel = "FILE.o", description = "The object to write (default: FILE with .o).")
    private Path output;

    @Option(names = "-I", paramLabel = "DIR", description = "Also look for .include files in DIR (repeatable).")
    private List<Path> includeDirectories = new ArrayList<>();

    @Option(names = "--defsym", paramLabel = "SYM=VALUE",
            description = "Define SYM as the number VALUE before the first line (repeatable).")
    private List<String> definitions = new ArrayList<>();

    @Option(names = "--stats", description = "Print how many lines were assembled and how fast, on stderr.")
    private boolean stats;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Assemble N times (with --stats, the last run is timed on a warmed-up JVM).")
    private int repeat;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Long> symbols = new LinkedHashMap<>();
        for (String definition : definitions) {
            String problem = Definitions.parse(definition, symbols);
            if (problem != null) {
                err.println("strata asm: --defsym " + definition + ": " + problem);
                return 1;
            }
        }
        AssemblerOptions options = new AssemblerOptions(includeDirectories, symbols);
        AssemblyResult result = null;
        long nanos = 0;
        for (int i = 0; i < Math.max(1, repeat); i++) {
            long start = System.nanoTime();
            result = Assembler.assemble(source, options);
            nanos = System.nanoTime() - start;
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            err.println(diagnostic.format());
        }
        if (result.hasErrors()) {
            return 1;
        }
        Path target = output != null ? output : defaultOutput(source);
        try {
            Files.write(target, ElfWriter.write(result.object()));
        } catch (IOException e) {
            err.println("strata asm: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        if (stats) {
            double seconds = nanos / 1e9;
            err.printf("strata asm: %d lines in %.1f ms, %.0f lines/s%n", result.lines(), seconds * 1e3,
                    result.lines() / seconds);
        }
        return 0;
    }

    /** FILE.S becomes FILE.o beside it; a name without an extension gets .o added. */
    static Path defaultOutput(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return source.resolveSibling(base + ".o");
    }
}
