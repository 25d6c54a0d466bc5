package strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.testkit.Command;
import strata.testkit.Python;
import strata.testkit.Run;

/**
 * {@code strata ast} end to end: its output is what python3 prints for
 * {@code print(ast.dump(ast.parse(source)))} (with and without positions), a syntax error is
 * printed as {@code python3 FILE} prints it, with status 1, and a missing file is reported.
 */
class AstCommandTest {

    private static final String PROGRAM = "import os\n\nasync def f(a, *b, c=1):\n    return [x async for x in b if x]\n"
            + "match f'{a!r:>{w}}':\n    case [1, *rest] | {'k': _}:\n        pass\n";
    private static final String DUMP = "import ast, sys; print(ast.dump(ast.parse(open(sys.argv[1], 'rb').read()), "
            + "include_attributes=sys.argv[2] == 'positions'))";

    @TempDir
    Path directory;

    private record Result(int status, String out, String err) {
    }

    @Test
    void printsTheTreeAsAstDump() throws Exception {
        Path file = Files.writeString(directory.resolve("program.py"), PROGRAM);
        Result result = run("ast", file.toString());
        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("Module(body=[Import(names=[alias(name='os')]), AsyncFunctionDef(")
                .endsWith(", type_ignores=[])\n");
        Python.require();
        assertThat(result.out()).isEqualTo(python(file, "plain"));
        assertThat(run("ast", "--positions", file.toString()).out()).isEqualTo(python(file, "positions"));
    }

    @Test
    void printsASyntaxErrorAsPythonDoesWithStatusOne() throws Exception {
        Path file = Files.writeString(directory.resolve("bad.py"), "def f():\n    x = (1,\n    return x\n");
        Result result = run("ast", file.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("  File \"" + file + "\", line 2\n    x = (1,\n        ^\n"
                + "SyntaxError: '(' was never closed\n");
        Python.require();
        Run python = Command.of(Python.PROGRAM, file.toString()).run();
        assertThat(python.status()).isEqualTo(1);
        assertThat(result.err()).isEqualTo(python.stderr());
    }

    @Test
    void printsCaretsUnderTheOffendingRange() throws Exception {
        Path file = Files.writeString(directory.resolve("call.py"), "if x:\n    f(a) = 1\n");
        Result result = run("ast", file.toString());
        assertThat(result.err()).isEqualTo("  File \"" + file + "\", line 2\n    f(a) = 1\n    ^^^^\n"
                + "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n");
        Python.require();
        assertThat(result.err()).isEqualTo(Command.of(Python.PROGRAM, file.toString()).run().stderr());
    }

    @Test
    void aMissingFileIsReported() {
        Result result = run("ast", directory.resolve("missing.py").toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("missing.py: no such file");
    }

    private static String python(Path file, String mode) {
        Run run = Python.script(DUMP, file.toString(), mode).run();
        assertThat(run.status()).as(run.stderr()).isZero();
        return run.stdout();
    }

    private static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Result(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
