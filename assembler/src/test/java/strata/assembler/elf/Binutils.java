package strata.assembler.elf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The GNU binutils for RISC-V, the reference the tests check against. A test that needs them
 * calls {@link #require} first, so it is skipped, not failed, where they are not installed.
 */
public final class Binutils {
    public static final String PREFIX = "riscv64-unknown-elf-";
    /** The reference assembler's options: Strata's ISA and ABI, no linker relaxation. */
    public static final List<String> AS_OPTIONS =
            List.of("-march=rv32imafd_zicsr_zifencei", "-mabi=ilp32", "-mno-relax");

    private Binutils() {
    }

    /** The output of one run of a tool. */
    public record Run(int status, String stdout, String stderr) {
    }

    public static boolean installed(String tool) {
        return onPath(PREFIX + tool);
    }

    /** True if {@code command} is an executable file in a directory of PATH. */
    public static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }

    /** Skips the calling test unless every tool named is installed. */
    public static void require(String... tools) {
        for (String tool : tools) {
            assumeTrue(installed(tool), PREFIX + tool + " is not installed");
        }
    }

    /** Runs {@code tool} with {@code arguments} in {@code directory}. */
    public static Run run(Path directory, String tool, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(PREFIX + tool);
        command.addAll(arguments);
        try {
            Path stdout = Files.createTempFile("strata-binutils", ".out");
            Path stderr = Files.createTempFile("strata-binutils", ".err");
            try {
                Process process = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
                int status = process.waitFor();
                return new Run(status, Files.readString(stdout, StandardCharsets.UTF_8),
                        Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /**
     * Assembles {@code source} in {@code directory} with the reference options, {@code abi}
     * replacing {@code -mabi=ilp32} when not null, and returns the object's bytes.
     */
    public static byte[] assemble(Path directory, String source, String abi) {
        List<String> arguments = new ArrayList<>(AS_OPTIONS);
        if (abi != null) {
            arguments.set(arguments.indexOf("-mabi=ilp32"), "-mabi=" + abi);
        }
        return producing(directory, "as", arguments, List.of(source));
    }

    /**
     * Links with GNU ld in {@code directory} ({@code -m elf32lriscv} and the arguments) and returns
     * the output; warnings (a missing entry symbol) are allowed, errors are not.
     */
    public static byte[] link(Path directory, List<String> arguments) {
        return producing(directory, "ld", List.of("-m", "elf32lriscv"), arguments);
    }

    /** Runs {@code tool} with an {@code -o} temporary file and returns what it wrote there; as must be quiet. */
    private static byte[] producing(Path directory, String tool, List<String> options, List<String> arguments) {
        try {
            Path output = Files.createTempFile("strata-binutils", ".out");
            try {
                List<String> all = new ArrayList<>(options);
                all.addAll(List.of("-o", output.toString()));
                all.addAll(arguments);
                Run run = run(directory, tool, all);
                if (run.status() != 0 || tool.equals("as") && !run.stderr().isEmpty()) {
                    throw new AssertionError(PREFIX + tool + " " + all + " failed with status " + run.status()
                            + ":\n" + run.stderr());
                }
                return Files.readAllBytes(output);
            } finally {
                Files.delete(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code tool} and returns its standard output, failing unless it succeeds quietly. */
    public static String quietly(Path directory, String tool, List<String> arguments) {
        Run run = run(directory, tool, arguments);
        if (run.status() != 0 || !run.stderr().isEmpty()) {
            throw new AssertionError(PREFIX + tool + " " + arguments + " failed with status " + run.status()
                    + ":\n" + run.stderr());
        }
        return run.stdout();
    }
}
