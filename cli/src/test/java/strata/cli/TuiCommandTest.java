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
import strata.images.ImageBuilder;
import strata.images.ImageFile;
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

    @Test
    void aDiskImageIsBootedFromItsKernel() throws Exception {
        Path elf = TestPrograms.build(TestPrograms.HELLO, folder);
        Path boot = Files.createDirectories(folder.resolve("tree/boot"));
        Files.copy(elf, boot.resolve("kernel"));
        Path image = folder.resolve("disk.img");
        ImageFile.write(image, ImageBuilder.build(folder.resolve("tree"), null, 1024, 0L));
        // The kernel was found and loaded: only the missing terminal stops it here.
        assertThat(Main.run("tui", image.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("strata tui: needs a terminal");
    }

    @Test
    void anImageWithoutAKernelIsNamed() throws Exception {
        Path tree = Files.createDirectories(folder.resolve("tree/etc"));
        Files.writeString(tree.resolve("motd"), "hi\n");
        Path image = folder.resolve("disk.img");
        ImageFile.write(image, ImageBuilder.build(folder.resolve("tree"), null, 1024, 0L));
        assertThat(Main.run("tui", image.toString())).isEqualTo(ExecCommand.CANNOT_RUN);
        assertThat(stderr()).isEqualTo("strata tui: " + image + ": neither an ELF file nor a disk image with a kernel"
                + " (/boot/kernel: no such file or directory)\n");
    }
}
