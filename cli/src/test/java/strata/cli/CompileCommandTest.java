package strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import strata.compiler.pyc.PycReader;

/**
 * {@code strata compile} prints what {@code python3 -m compileall} prints for the same tree
 * (the expected texts are compileall's output), writes importlib's cache names, skips
 * up-to-date files unless -f, and exits 1 when a file fails.
 */
class CompileCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new Main());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(out, true));
        String[] line = new String[args.length + 1];
        line[0] = "compile";
        System.arraycopy(args, 0, line, 1, args.length);
        return command.execute(line);
    }

    private String output() {
        String text = out.toString().replace(folder + "/", "");
        out.getBuffer().setLength(0);
        return text;
    }

    @BeforeEach
    void tree() throws IOException {
        Files.createDirectories(folder.resolve("pkg/sub"));
        Files.writeString(folder.resolve("pkg/a.py"), "def f(x):\n    return x + 1\n");
        Files.writeString(folder.resolve("pkg/bad.py"), "x = (\n");
        Files.writeString(folder.resolve("pkg/sub/b.py"), "y = [i for i in range(3)]\n");
        Files.writeString(folder.resolve("pkg/notes.txt"), "not python\n");
    }

    @Test
    void listsAndCompilesRecursivelyAsCompileallDoes() throws Exception {
        assertThat(run(folder.resolve("pkg").toString())).isEqualTo(1);
        assertThat(output()).isEqualTo("""
                Listing 'pkg'...
                Compiling 'pkg/a.py'...
                Compiling 'pkg/bad.py'...
                ***   File "pkg/bad.py", line 1
                    x = (
                        ^
                SyntaxError: '(' was never closed

                Listing 'pkg/sub'...
                Compiling 'pkg/sub/b.py'...
                """);
        Path cache = folder.resolve("pkg/__pycache__/a.strata-311.pyc");
        assertThat(PycReader.read(Files.readAllBytes(cache)).module().filename()).endsWith("pkg/a.py");
        assertThat(folder.resolve("pkg/sub/__pycache__/b.strata-311.pyc")).exists();
        assertThat(folder.resolve("pkg/__pycache__/bad.strata-311.pyc")).doesNotExist();
    }

    @Test
    void skipsUpToDateFilesUnlessForced() throws Exception {
        Path a = folder.resolve("pkg/sub/b.py");
        run(a.toString());
        assertThat(output()).isEqualTo("Compiling 'pkg/sub/b.py'...\n");
        assertThat(run(a.toString())).isZero();
        assertThat(output()).isEmpty();
        assertThat(run("-f", a.toString())).isZero();
        assertThat(output()).isEqualTo("Compiling 'pkg/sub/b.py'...\n");
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5000));
        assertThat(run(a.toString())).isZero();
        assertThat(output()).isEqualTo("Compiling 'pkg/sub/b.py'...\n");
    }

    @Test
    void quietPrintsOnlyErrorsAndTwiceNothing() throws Exception {
        assertThat(run("-q", folder.resolve("pkg").toString())).isEqualTo(1);
        assertThat(output()).isEqualTo("""
                *** Error compiling 'pkg/bad.py'...
                  File "pkg/bad.py", line 1
                    x = (
                        ^
                SyntaxError: '(' was never closed

                """);
        assertThat(run("-q", "-q", "-f", folder.resolve("pkg").toString())).isEqualTo(1);
        assertThat(output()).isEmpty();
    }

    @Test
    void aCompileErrorAfterParsingIsReportedLikeASyntaxError() throws Exception {
        Path bad = folder.resolve("ret.py");
        Files.writeString(bad, "x = 1\nreturn x\n");
        assertThat(run(bad.toString())).isEqualTo(1);
        assertThat(output()).isEqualTo("""
                Compiling 'ret.py'...
                ***   File "ret.py", line 2
                    return x
                    ^^^^^^^^
                SyntaxError: 'return' outside function

                """);
    }
}
