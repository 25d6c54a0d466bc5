package strata.cli.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import strata.testkit.Programs;

/**
 * {@code strata tui} in a real terminal: tmux runs the command line (strata's main class from
 * the test class path) in a 120x40 window, the test sends keys as a person types them and reads
 * the screen back. After the UI ends, the shell in the window prints the exit status and whether
 * the terminal is back in canonical mode. Skips without tmux. Waits for screen contents with a
 * generous bound; the timeout only guards against a hang.
 */
@Timeout(300)
class TuiTmuxTest {
    private static final long PATIENCE_NANOS = 120_000_000_000L;

    @TempDir
    Path folder;

    /** A tmux server of this test alone, so nothing else's sessions are touched. */
    private final String socket = "strata-tui-test-" + ProcessHandle.current().pid();
    private boolean started;

    @AfterEach
    void stopTmux() throws IOException, InterruptedException {
        if (started) {
            tmux("kill-server");
        }
    }

    @Test
    void stepBreakRunAndLeaveWithTheTerminalRestored() throws Exception {
        start(TestPrograms.build(TestPrograms.HELLO, folder));
        awaitScreen("held at the reset vector");
        tmux("send-keys", "-t", "tui", "F11");
        awaitScreen("step done at 0x00001004", "pc   00001004*");
        tmux("send-keys", "-t", "tui", "b puts", "Enter");
        awaitScreen("breakpoint 1 at 0x80000028");
        tmux("send-keys", "-t", "tui", "F5");
        awaitScreen("stopped: breakpoint 1 at 0x80000028", ">B 80000028");
        tmux("send-keys", "-t", "tui", "S-F11");
        awaitScreen("run to return done at 0x80000010", "Hello from Strata's RV32 machine!");
        tmux("send-keys", "-t", "tui", "F5");
        awaitScreen("the guest passed");
        tmux("send-keys", "-t", "tui", "q", "Enter");
        String screen = awaitScreen("TERMINAL");
        assertThat(screen).contains(
                "strata tui: left at pc 0x80000020 after 290 instructions (the guest passed (test))",
                "EXIT=0", "TERMINAL=icanon");
    }

    @Test
    void ctrlCPausesARunThenLeaves() throws Exception {
        start(TestPrograms.build(TestPrograms.SPIN, folder));
        awaitScreen("held at the reset vector");
        tmux("send-keys", "-t", "tui", "F5");
        awaitScreen("RUNNING");
        tmux("send-keys", "-t", "tui", "C-c");
        awaitScreen("stopped: paused at 0x");
        tmux("send-keys", "-t", "tui", "C-c");
        assertThat(awaitScreen("TERMINAL")).contains("EXIT=0", "TERMINAL=icanon");
    }

    /** Starts the UI on {@code elf} in a new 120x40 tmux window named tui. */
    private void start(Path elf) throws IOException, InterruptedException {
        assumeTrue(Programs.installed("tmux"), "tmux is not installed");
        String java = ProcessHandle.current().info().command().orElse("java");
        String command = String.format("'%s' -cp '%s' strata.cli.Main tui '%s'; echo EXIT=$?; "
                        + "echo TERMINAL=$(stty -a | grep -o -- '-*icanon'); sleep 600", java,
                System.getProperty("java.class.path"), elf);
        started = true;
        tmux("new-session", "-d", "-s", "tui", "-x", "120", "-y", "40", command);
    }

    /**
     * Captures the window until it shows all of {@code texts} at once (a capture may catch the UI
     * halfway through drawing a frame); fails with the screen if it never does.
     */
    private String awaitScreen(String... texts) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        String screen = "";
        while (System.nanoTime() < deadline) {
            String capture = tmux("capture-pane", "-p", "-t", "tui");
            screen = capture;
            if (Arrays.stream(texts).allMatch(capture::contains)) {
                return screen;
            }
            Thread.sleep(50);
        }
        return fail("the terminal never showed " + Arrays.toString(texts) + ":\n" + screen);
    }

    private String tmux(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("tmux " + String.join(" ", arguments) + " did not return");
        }
        return output;
    }
}
