package strata.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The terminal on stdin in raw mode while the machine runs, as QEMU's {@code -nographic} console
 * sets it: every key goes to the guest as typed (no line editing, no echo, Ctrl-C is a byte, not
 * a signal), while output still turns a newline into a carriage return and newline. The saved
 * settings are put back by {@link #close}, and by a shutdown hook if the JVM ends another way.
 * Uses {@code stty} on the inherited stdin, so it works wherever stty does.
 */
final class TerminalMode implements AutoCloseable {
    private final String saved;
    private final Thread restorer;
    private boolean restored;

    private TerminalMode(String saved) {
        this.saved = saved;
        this.restorer = new Thread(this::restore, "strata-terminal-restore");
        Runtime.getRuntime().addShutdownHook(restorer);
    }

    /** Raw mode on stdin if it is a terminal; null (and nothing changed) if it is not. */
    static TerminalMode enter() {
        String saved = stty("-g");
        if (saved == null || stty("raw", "-echo", "opost") == null) {
            return null;
        }
        return new TerminalMode(saved.trim());
    }

    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(restorer);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: the settings are back either way.
        }
    }

    private synchronized void restore() {
        if (!restored) {
            restored = true;
            stty(saved);
        }
    }

    /** Runs stty on the JVM's stdin; its output, or null if it failed (stdin is not a terminal). */
    private static String stty(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = "stty";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            return process.waitFor() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
