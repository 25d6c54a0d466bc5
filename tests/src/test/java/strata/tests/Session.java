package strata.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;
import strata.cpu.dev.virtio.OverlayDisk;

/**
 * Lines typed at the shell of a booted system, each when it shows its prompt, as a person types
 * them; the transcript of the console and the status the machine powered off with.
 */
final class Session {
    static final String PROMPT = "$ ";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private Session() {
    }

    /** The session on Strata's machine, booting {@code system} (its image on an overlay, left unchanged). */
    static String onStrata(SystemImage system, List<String> lines) throws IOException, ProgramException,
            InterruptedException {
        try (OverlayDisk disk = OverlayDisk.open(system.image());
             Console console = new StrataConsole(Program.read(Files.readAllBytes(system.kernel())), disk)) {
            return drive(console, lines);
        }
    }

    /** The session on QEMU's virt board, booting the same kernel with the same image (which it may change). */
    static String onQemu(SystemImage system, List<String> lines) throws InterruptedException {
        try (Console console = new QemuConsole(system.kernel(), system.image())) {
            return drive(console, lines);
        }
    }

    /** Types each line at the prompt, then waits for the power-off: the transcript and a status line. */
    static String drive(Console console, List<String> lines) throws InterruptedException {
        int mark = 0;
        for (String line : lines) {
            assertThat(console.awaitEndsWith(mark, PROMPT, PATIENCE))
                    .as("the prompt before '%s'; the console showed:%n%s", line, console.transcript()).isTrue();
            mark = console.output().length;
            console.type(line + "\n");
        }
        Integer status = console.awaitPowerOff(PATIENCE);
        assertThat(status).as("the machine powered off; the console showed:%n%s", console.transcript()).isNotNull();
        return console.transcript() + "--- status " + status + "\n";
    }

    /** The lines of a session file, comments left out. */
    static List<String> read(Path session) throws IOException {
        return Files.readAllLines(session).stream().filter(line -> !line.startsWith("#")).toList();
    }
}
