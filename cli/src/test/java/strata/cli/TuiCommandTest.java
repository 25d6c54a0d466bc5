package strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.cli.tui.TestPrograms;

/**
 * {@code strata tui}'s answers before any screen: a file that cannot run, and no terminal (the
 * tests run without one; TuiTmuxTest runs it in a real one).
 */
class TuiCommandTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void captureStderr() {
        savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(savedErr);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMissingFileCannotRun() {
        Path missing = folder.resolve("missing.elf");
        assertThat(Main.run("tui", missing.toString())).isEqualTo(ExecCommand.CANNOT_RUN);
        assertThat(stderr()).isEqualTo("strata tui: " + missing + ": no such file\n");
    }

    @Test
    void aFileThatIsNoElfCannotRun() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.txt"), "not an ELF\n");
        assertThat(Main.run("tui", text.toString())).isEqualTo(ExecCommand.CANNOT_RUN);
        assertThat(stderr()).startsWith("strata tui: " + text + ": ");
    }

    @Test
    void withoutATerminalItSaysSo() throws Exception {
        Path elf = TestPrograms.build(TestPrograms.HELLO, folder);
        assertThat(Main.run("tui", elf.toString())).isEqualTo(2);
        assertThat(stderr()).isEqualTo(
                "strata tui: needs a terminal (stdin and stdout); strata exec runs without one\n");
    }
}
