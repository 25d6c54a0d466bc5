package strata.cpu.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference tools installed on the host (QEMU, dtc). A test that needs one calls
 * {@link #require} first, so it is skipped, not failed, where the tool is not installed.
 */
public final class HostTools {
    /** Not a timing assertion: a bound, so that a reference run that never ends fails the test. */
    private static final long LIMIT_SECONDS = 60;

    private HostTools() {
    }

    /** The output of one run of a tool. */
    public record Run(int status, byte[] stdout, String stderr) {
        public String text() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
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
            assumeTrue(onPath(tool), tool + " is not installed");
        }
    }

    /** Runs {@code command} with {@code input} on its stdin and waits for it to end. */
    public static Run run(List<String> command, byte[] input) {
        try {
            Path stdout = Files.createTempFile("strata-tool", ".out");
            Path stderr = Files.createTempFile("strata-tool", ".err");
            Path stdin = Files.write(Files.createTempFile("strata-tool", ".in"), input);
            try {
                Process process = new ProcessBuilder(command).redirectInput(stdin.toFile())
                        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
                if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError(command + " did not end within " + LIMIT_SECONDS + " s: "
                            + Files.readString(stdout, StandardCharsets.ISO_8859_1));
                }
                return new Run(process.exitValue(), Files.readAllBytes(stdout),
                        Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
                Files.deleteIfExists(stdin);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
