package strata.assembler.disasm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference tools, GNU binutils for RISC-V, as the tests run them. A test that needs them
 * calls {@link #assumeInstalled()} first, so it is skipped, not failed, where they are missing.
 */
final class Binutils {
    private static final String AS = "riscv64-unknown-elf-as";
    private static final String LD = "riscv64-unknown-elf-ld";
    private static final String OBJCOPY = "riscv64-unknown-elf-objcopy";
    private static final String OBJDUMP = "riscv64-unknown-elf-objdump";
    /** The reference assembler invocation the toolchain is compared against. */
    static final List<String> AS_OPTIONS = List.of("-march=rv32imafd_zicsr_zifencei", "-mabi=ilp32", "-mno-relax");

    private Binutils() {
    }

    static void assumeInstalled() {
        assumeTrue(onPath(AS) && onPath(LD) && onPath(OBJCOPY) && onPath(OBJDUMP),
                "GNU binutils for RISC-V is not installed");
    }

    /** Assembles {@code source} into {@code object} with the reference options. */
    static void assemble(Path source, Path object) {
        assemble(source, object, AS_OPTIONS);
    }

    static void assemble(Path source, Path object, List<String> options) {
        List<String> command = new ArrayList<>(List.of(AS));
        command.addAll(options);
        command.addAll(List.of(source.getFileName().toString(), "-o", object.toAbsolutePath().toString()));
        run(source.getParent(), command);
    }

    /** Links {@code object} alone into {@code executable}, both in one directory, with {@code options}. */
    static void link(Path object, Path executable, List<String> options) {
        List<String> command = new ArrayList<>(List.of(LD, "-m", "elf32lriscv"));
        command.addAll(options);
        command.addAll(List.of(object.getFileName().toString(), "-o", executable.getFileName().toString()));
        run(object.getParent(), command);
    }

    /** {@code input} without any symbols, as {@code objcopy --strip-all} leaves it. */
    static void strip(Path input, Path output) {
        run(input.getParent(), List.of(OBJCOPY, "--strip-all", input.getFileName().toString(),
                output.getFileName().toString()));
    }

    /**
     * Assembles {@code lines} in {@code directory} and returns objdump's listing of the result,
     * printed with {@code options} besides {@code -d}.
     */
    static GnuListing disassemble(Path directory, List<String> lines, String... options) {
        try {
            Path source = Files.write(directory.resolve("words.S"), lines);
            Path object = directory.resolve("words.o");
            assemble(source, object);
            List<String> all = new ArrayList<>(List.of("-d"));
            all.addAll(List.of(options));
            return GnuListing.parse(objdump(object, all.toArray(String[]::new)));
        } catch (IOException e) {
            throw new AssertionError("cannot write the test source", e);
        }
    }

    /** objdump's output for {@code object}, run in its directory so the header names only the file. */
    static String objdump(Path object, String... options) {
        List<String> command = new ArrayList<>(List.of(OBJDUMP));
        command.addAll(List.of(options));
        command.add(object.getFileName().toString());
        return run(object.getParent(), command);
    }

    private static String run(Path directory, List<String> command) {
        try {
            Path errors = Files.createTempFile("binutils", ".err");
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectError(errors.toFile()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = process.waitFor();
            String stderr = Files.readString(errors);
            Files.delete(errors);
            if (status != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (" + status + "):\n" + stderr);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + command.get(0), e);
        }
    }

    private static boolean onPath(String tool) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, tool))) {
                return true;
            }
        }
        return false;
    }
}
