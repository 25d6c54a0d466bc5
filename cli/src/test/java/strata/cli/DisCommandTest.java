package strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code strata dis} lists source files and the .pyc files strata compile writes, the same way. */
class DisCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new Main());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void listsASourceFileAndItsPycAlike() throws Exception {
        Path source = folder.resolve("m.py");
        Files.writeString(source, "def f(x):\n    return x * 2\n\nprint(f(21))\n");
        assertThat(run("dis", source.toString())).isZero();
        String fromSource = out.toString();
        assertThat(fromSource).contains("""
                  4           3 PUSH_NULL
                              4 LOAD_NAME                1 (print)
                """).contains("Disassembly of <code object f, file \"" + source + "\", line 1>:\n"
                + "  2           0 LOAD_FAST                0 (x)\n"
                + "              1 LOAD_CONST               1 (2)\n"
                + "              2 BINARY_OP                5 (*)\n"
                + "              3 RETURN_VALUE\n");
        out.getBuffer().setLength(0);
        assertThat(run("compile", "-q", source.toString())).isZero();
        assertThat(run("dis", folder.resolve("__pycache__/m.strata-311.pyc").toString())).isZero();
        assertThat(out.toString()).isEqualTo(fromSource);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void reportsBadFilesAndGoesOn() throws Exception {
        Path corrupt = folder.resolve("x.pyc");
        Files.write(corrupt, new byte[] {'S', 'T', '\r', '\n', 0, 0});
        Path bad = folder.resolve("bad.py");
        Files.writeString(bad, "def f(:\n");
        Path good = folder.resolve("good.py");
        Files.writeString(good, "pass\n");
        assertThat(run("dis", corrupt.toString(), bad.toString(), folder.resolve("none.py").toString(),
                good.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(corrupt + ": not a Strata .pyc: too short for a .pyc header: 6 bytes")
                .contains("  File \"" + bad + "\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n")
                .contains("none.py: no such file");
        assertThat(out.toString()).contains("NOP");
    }
}
