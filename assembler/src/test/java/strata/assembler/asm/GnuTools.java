package strata.assembler.asm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The GNU binutils for RISC-V that judge the assembler, run as the project's reference: the
 * assembler with {@code -march=rv32imafd_zicsr_zifencei -mabi=ilp32 -mno-relax}, readelf and
 * objdump. Tests that need them skip when they are not installed.
 */
final class GnuTools {
    static final String AS = "riscv64-unknown-elf-as";
    static final String READELF = "riscv64-unknown-elf-readelf";
    static final String OBJDUMP = "riscv64-unknown-elf-objdump";
    static final List<String> AS_FLAGS = List.of("-march=rv32imafd_zicsr_zifencei", "-mabi=ilp32", "-mno-relax");

    private static final Map<String, Boolean> AVAILABLE = new HashMap<>();
    /** Far more than any run takes; a tool that runs longer is stuck. */
    private static final long TIMEOUT_SECONDS = 60;

    /** What a tool run printed and how it ended. */
    record Run(int status, String out, String err) {
    }

    private GnuTools() {
    }

    static synchronized boolean available(String tool) {
        return AVAILABLE.computeIfAbsent(tool, t -> {
            try {
                return run(List.of(t, "--version"), null).status() == 0;
            } catch (IllegalStateException e) {
                return false;
            }
        });
    }

    static void assumeAvailable(String... tools) {
        for (String tool : tools) {
            Assumptions.assumeTrue(available(tool), tool + " is not installed");
        }
    }

    /** Assembles {@code source} with GNU as into {@code object}. */
    static Run assemble(Path source, Path object, List<String> extra) {
        List<String> command = new ArrayList<>(List.of(AS));
        command.addAll(AS_FLAGS);
        command.addAll(extra);
        command.addAll(List.of("-o", object.toString(), source.toString()));
        return run(command, source.getParent());
    }

    static Run run(List<String> command, Path directory) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            Path errors = Files.createTempFile("strata-tool", ".err");
            Path output = Files.createTempFile("strata-tool", ".out");
            builder.redirectError(errors.toFile());
            builder.redirectOutput(output.toFile());
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            int status = process.exitValue();
            byte[] out = Files.readAllBytes(output);
            Files.delete(output);
            String err = Files.readString(errors, StandardCharsets.ISO_8859_1);
            Files.delete(errors);
            return new Run(status, new String(out, StandardCharsets.ISO_8859_1), err);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command.get(0), e);
        }
    }
}
