package strata.cpu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * QEMU as the referee of the hart's behaviour: runs an ELF on {@code qemu-system-riscv32
 * -machine virt -bios none} with a CPU that has exactly Strata's ISA (no C, F, D or H), and
 * returns what it printed on the UART. Tests that need it skip when it is not installed.
 */
public final class Qemu {
    static final String SYSTEM = "qemu-system-riscv32";
    static final List<String> MACHINE = List.of("-machine", "virt", "-cpu", "rv32,c=off,f=off,d=off,h=false",
            "-bios", "none", "-nographic", "-m", "128M");
    private static final long TIMEOUT_SECONDS = 60;
    private static Boolean available;

    /** What a run printed and its exit status. */
    public record Run(int status, String console) {
    }

    private Qemu() {
    }

    public static synchronized void assumeAvailable() {
        if (available == null) {
            try {
                available = start(List.of(SYSTEM, "--version")).waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        Assumptions.assumeTrue(available, SYSTEM + " is not installed");
    }

    /** Runs {@code elf} until it powers the machine off; carriage returns are dropped from the console. */
    public static Run run(byte[] elf) {
        return run(elf, List.of());
    }

    /**
     * Runs {@code elf} one instruction per translation block, logging the CPU state before each
     * ({@code -singlestep -d cpu,nochain}) to {@code log}.
     */
    public static Run runLogged(byte[] elf, Path log) {
        return run(elf, List.of("-singlestep", "-d", "cpu,nochain", "-D", log.toString()));
    }

    private static Run run(byte[] elf, List<String> options) {
        try {
            Path file = Files.createTempFile("strata-qemu", ".elf");
            Path output = Files.createTempFile("strata-qemu", ".out");
            try {
                Files.write(file, elf);
                List<String> command = new java.util.ArrayList<>(List.of(SYSTEM));
                command.addAll(MACHINE);
                command.addAll(options);
                command.addAll(List.of("-kernel", file.toString()));
                ProcessBuilder builder = new ProcessBuilder(command);
                builder.redirectOutput(output.toFile());
                builder.redirectErrorStream(true);
                builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(SYSTEM + " did not finish in " + TIMEOUT_SECONDS + " s");
                }
                String console = Files.readString(output, StandardCharsets.ISO_8859_1).replace("\r", "");
                return new Run(process.exitValue(), console);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Process start(List<String> command) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
