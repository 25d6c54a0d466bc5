package strata.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * GNU binutils for RISC-V ({@code riscv64-unknown-elf-*}, 2.40 on the reference machine), the
 * reference Strata's toolchain is judged against: the assembler run the way the project
 * assembles ({@link #AS_OPTIONS}), the linker with the RV32 emulation, objcopy, objdump and
 * readelf. Tests call {@link #require} before using a tool, so they are skipped where it is
 * missing.
 *
 * <p>{@link #assemble}, {@link #strip} and {@link #runOn} run the tool in the directory of the
 * file they work on and name that file by its bare name, so that what the tool prints (the
 * assembler's messages, a listing's header) does not depend on where a test keeps its files;
 * {@link #run}, {@link #link} and {@link #executable} are given the directory.
 */
public final class Binutils {
    public static final String PREFIX = "riscv64-unknown-elf-";
    /** The reference assembler's options: Strata's ISA and ABI, and no linker relaxation. */
    public static final List<String> AS_OPTIONS =
            List.of("-march=rv32imafd_zicsr_zifencei", "-mabi=ilp32", "-mno-relax");
    /** The reference linker's option: 32-bit little-endian RISC-V ELF. */
    public static final List<String> LD_OPTIONS = List.of("-m", "elf32lriscv");

    /** The tools the tests run. */
    public enum Tool {
        AS, LD, OBJCOPY, OBJDUMP, READELF;

        /** The program's name on PATH. */
        public String command() {
            return PREFIX + name().toLowerCase(Locale.ROOT);
        }
    }

    private Binutils() {
    }

    public static boolean installed(Tool tool) {
        return Programs.installed(tool.command());
    }

    /** Skips the calling test unless every tool named is installed. */
    public static void require(Tool... tools) {
        for (Tool tool : tools) {
            Programs.require(tool.command());
        }
    }

    /** Runs {@code tool} with {@code arguments} in {@code directory}, whatever its status. */
    public static Run run(Path directory, Tool tool, List<String> arguments) {
        List<String> line = new ArrayList<>(List.of(tool.command()));
        line.addAll(arguments);
        return Command.of(line).in(directory).run();
    }

    /** The reference options followed by {@code more}; a later {@code -mabi} or {@code -march} wins. */
    public static List<String> asOptions(String... more) {
        List<String> options = new ArrayList<>(AS_OPTIONS);
        options.addAll(List.of(more));
        return options;
    }

    /** Assembles {@code source} into {@code object} with {@code options}, whatever the outcome. */
    public static Run assemble(Path source, Path object, List<String> options) {
        List<String> arguments = new ArrayList<>(options);
        arguments.addAll(List.of("-o", object.toAbsolutePath().toString(), source.getFileName().toString()));
        return run(source.toAbsolutePath().getParent(), Tool.AS, arguments);
    }

    /** The object GNU as makes of {@code source}; the test fails unless as succeeds without a word. */
    public static byte[] object(Path source, List<String> options) {
        return produced(object -> assemble(source, object, options).assertQuiet());
    }

    /** Links with {@code arguments} into {@code output}, in {@code directory}, whatever the outcome. */
    public static Run link(Path directory, Path output, List<String> arguments) {
        List<String> all = new ArrayList<>(LD_OPTIONS);
        all.addAll(List.of("-o", output.toString()));
        all.addAll(arguments);
        return run(directory, Tool.LD, all);
    }

    /**
     * The executable GNU ld links from {@code arguments} in {@code directory}; the test fails
     * unless ld succeeds. Warnings (no entry symbol, say) are allowed: they are part of the case.
     */
    public static byte[] executable(Path directory, List<String> arguments) {
        return produced(output -> link(directory, output, arguments).assertSuccess());
    }

    /** Copies {@code input} to {@code output} without any symbols, as {@code objcopy --strip-all} does. */
    public static void strip(Path input, Path output) {
        run(input.toAbsolutePath().getParent(), Tool.OBJCOPY,
                List.of("--strip-all", input.getFileName().toString(), output.toAbsolutePath().toString()))
                .assertSuccess();
    }

    /** Runs {@code tool} (objdump, readelf) with {@code options} on {@code file}, named by its bare name. */
    public static Run runOn(Tool tool, Path file, List<String> options) {
        List<String> arguments = new ArrayList<>(options);
        arguments.add(file.getFileName().toString());
        return run(file.toAbsolutePath().getParent(), tool, arguments);
    }

    /** The bytes {@code tool} writes to the temporary file it is given. */
    private static byte[] produced(Consumer<Path> tool) {
        try {
            Path output = Files.createTempFile("strata-binutils", ".out");
            try {
                tool.accept(output);
                return Files.readAllBytes(output);
            } finally {
                Files.delete(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
