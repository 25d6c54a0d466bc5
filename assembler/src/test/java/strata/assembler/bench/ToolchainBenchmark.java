package strata.assembler.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.assembler.disasm.Objdump;
import strata.assembler.link.LinkInput;
import strata.assembler.link.LinkOptions;
import strata.assembler.link.LinkResult;
import strata.assembler.link.Linker;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Section;

/**
 * The linker's and the disassembler's speed (toolchain-benchmark.sh runs it; not a test): a
 * generated program is assembled once, then linked and disassembled {@code repeats} times in
 * one JVM; the last run of each is timed, so the figures are for a warmed-up JVM.
 */
public final class ToolchainBenchmark {
    private ToolchainBenchmark() {
    }

    public static void main(String[] args) {
        Path source = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        AssemblyResult assembly = Assembler.assemble(source, AssemblerOptions.defaults());
        if (assembly.hasErrors()) {
            throw new IllegalStateException(assembly.report());
        }
        ObjectFile object = assembly.object();
        List<LinkInput> inputs = List.of(new LinkInput(source.toString(), object));
        long relocations = object.sections().stream().mapToLong(section -> section.relocations().size()).sum();
        ObjectFile executable = timed("link", relocations, "relocations", repeats, () -> {
            LinkResult result = Linker.link(inputs, LinkOptions.defaults());
            if (!result.succeeded()) {
                throw new IllegalStateException(result.diagnostics().toString());
            }
            return result.executable();
        });
        long words = executable.sections().stream().filter(Section::isExecutable)
                .mapToLong(section -> section.size() / 4).sum();
        Objdump.Options disassemble = new Objdump.Options(true, false, false, true);
        timed("objdump -d", words, "instruction words", repeats,
                () -> Objdump.listing(source.toString(), executable, disassemble));
    }

    /** Runs {@code work} {@code repeats} times, prints the last run's time and rate, returns its result. */
    private static <T> T timed(String what, long items, String unit, int repeats, Supplier<T> work) {
        T result = null;
        long nanos = 0;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            result = work.get();
            nanos = System.nanoTime() - start;
        }
        System.out.printf(Locale.ROOT, "%-11s %,d %s in %.1f ms: %,.0f %s per second%n", what, items, unit,
                nanos / 1e6, items / (nanos / 1e9), unit);
        return result;
    }
}
