package strata.cpu.isatest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * qemu-system-riscv32, the referee of the suite: boots a test's ELF as a kernel without firmware
 * on the test's board, feeds it its console input and returns its exit status and console
 * output. A test calling {@link #run} is skipped where QEMU is not installed.
 */
final class Qemu {
    static final String COMMAND = "qemu-system-riscv32";
    /** Not a timing assertion: a bound, so that a test that never ends fails instead of hanging. */
    private static final long LIMIT_SECONDS = 30;

    private Qemu() {
    }

    static boolean installed() {
        return onPath(COMMAND);
    }

    /** True if {@code command} is an executable file in a directory of PATH. */
    static boolean onPath(String command) {
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

    static Outcome run(SuiteProgram program, Board board, byte[] input) {
        assumeTrue(installed(), COMMAND + " is not installed");
        try {
            Path directory = Files.createTempDirectory("strata-isatest");
            try {
                Path kernel = Files.write(directory.resolve("test.elf"), program.elf());
                Path stdin = Files.write(directory.resolve("console.in"), input);
                Path console = directory.resolve("console.out");
                List<String> command = new ArrayList<>(List.of(COMMAND));
                command.addAll(board.qemuOptions(kernel.toString()));
                Process process = new ProcessBuilder(command).redirectInput(stdin.toFile())
                        .redirectOutput(console.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError("QEMU did not end the test in " + LIMIT_SECONDS + " s; console: "
                            + Files.readString(console));
                }
                return new Outcome(process.exitValue(), Files.readAllBytes(console));
            } finally {
                try (var files = Files.list(directory)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while QEMU ran", e);
        }
    }
}
