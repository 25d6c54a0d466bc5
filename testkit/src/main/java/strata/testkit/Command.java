package strata.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program to run on the host, and the one place the test kit starts processes: the command
 * line, the working directory, the bytes the program reads on standard input (none unless given:
 * it reads end of file at once) and how long it may run. {@link #run()} waits for it and
 * captures its status and both output streams apart.
 *
 * <p>A run that outlasts its limit is stuck, not slow: it is killed, with any process it started,
 * and the test fails with what it printed so far. The limit is a bound on a hang, never a measure.
 */
public final class Command {
    /** Far longer than any reference tool takes on a test's input; a run that lasts longer is stuck. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);

    private final List<String> line;
    private final Path directory;
    private final byte[] input;
    private final Duration limit;

    private Command(List<String> line, Path directory, byte[] input, Duration limit) {
        if (line.isEmpty()) {
            throw new IllegalArgumentException("a command needs at least the program's name");
        }
        this.line = List.copyOf(line);
        this.directory = directory;
        this.input = input.clone();
        this.limit = limit;
    }

    /** The program {@code line.get(0)} with the rest as arguments, in the JVM's working directory. */
    public static Command of(List<String> line) {
        return new Command(line, null, new byte[0], DEFAULT_LIMIT);
    }

    public static Command of(String... line) {
        return of(List.of(line));
    }

    /** This command, run in {@code directory}. */
    public Command in(Path directory) {
        return new Command(line, directory, input, limit);
    }

    /** This command, reading {@code bytes} and then end of file on standard input. */
    public Command input(byte[] bytes) {
        return new Command(line, directory, bytes, limit);
    }

    /** This command, killed (and its test failed) if it runs longer than {@code limit}. */
    public Command limit(Duration limit) {
        return new Command(line, directory, input, limit);
    }

    public List<String> line() {
        return line;
    }

    /** Runs the program to its end and returns how it ended; the output goes through files, so no pipe fills. */
    public Run run() {
        try {
            Path stdout = Files.createTempFile("strata-run", ".out");
            Path stderr = Files.createTempFile("strata-run", ".err");
            try {
                Process process = start(stdout, stderr);
                feed(process);
                if (!finishes(process)) {
                    throw new AssertionError(String.join(" ", line) + " did not finish in " + describe(limit)
                            + " and was killed; it printed:\n" + text(stdout) + text(stderr));
                }
                return new Run(line, process.exitValue(), Files.readAllBytes(stdout), Files.readAllBytes(stderr));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot capture the output of " + line.get(0), e);
        }
    }

    /**
     * Starts the program and leaves it running (a server a test talks to, such as QEMU waiting
     * for gdb); closing the handle kills it. Its input is empty and its output is thrown away.
     */
    public Background startInBackground() {
        try {
            Process process = builder().redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            return new Background(process);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + line.get(0) + ": " + e.getMessage(), e);
        }
    }

    private ProcessBuilder builder() {
        ProcessBuilder builder = new ProcessBuilder(line);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        return builder;
    }

    /** A program started by {@link #startInBackground}; closing it kills it and its children. */
    public static final class Background implements AutoCloseable {
        private final Process process;

        private Background(Process process) {
            this.process = process;
        }

        @Override
        public void close() {
            kill(process);
        }
    }

    private Process start(Path stdout, Path stderr) {
        try {
            return builder().redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + line.get(0) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the input on a thread of its own, so that a program that prints before it reads, or
     * never reads, cannot block the run on a full pipe; the pipe is closed after the last byte.
     */
    private void feed(Process process) {
        Thread feeder = new Thread(() -> {
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input);
            } catch (IOException e) {
                // The program ended or closed its input without reading it all: its status and output tell the rest.
            }
        }, "stdin of " + line.get(0));
        feeder.setDaemon(true);
        feeder.start();
    }

    /** Waits out the limit; a program still running then is killed with its children. */
    private boolean finishes(Process process) {
        try {
            if (process.waitFor(limit.toNanos(), TimeUnit.NANOSECONDS)) {
                return true;
            }
            kill(process);
            return false;
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + line.get(0), e);
        }
    }

    /** What a killed program had printed, for the failure message: any bytes read as well as they go. */
    private static String text(Path output) throws IOException {
        return new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
    }

    private static String describe(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
