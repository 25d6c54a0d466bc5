package strata.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import strata.compiler.error.PythonSyntaxError;
import strata.testkit.Python;
import strata.testkit.Run;

/**
 * The errors CPython raises after parsing (from its symbol table and its compiler), one program
 * each in {@code src/test/resources/errors}: Strata reports the same class, message, line and
 * offset as python3's {@code compile()}, asked at test time. Adding a case is adding a file.
 */
class CompileErrorTest {
    private static final String COMPILER = """
            import sys
            for path in sys.argv[1:]:
                try:
                    with open(path, 'rb') as f: compile(f.read(), path, 'exec')
                    print('compiles')
                except SyntaxError as e:
                    print('%s: %s at %s:%s' % (type(e).__name__, e.msg, e.lineno, e.offset))
            """;

    @Test
    void everyErroneousProgramFailsAsInCPython() throws IOException {
        Python.require();
        List<Path> programs;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/errors"))) {
            programs = files.filter(file -> file.toString().endsWith(".py")).sorted().toList();
        }
        Run run = Python.script(COMPILER, programs.stream().map(Path::toString).toArray(String[]::new)).run();
        String[] expected = run.stdout().split("\n");
        assertThat(expected).hasSize(programs.size());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            Path program = programs.get(i);
            String actual;
            try {
                SourceCompiler.compile(Files.readAllBytes(program), program.toString());
                actual = "compiles";
            } catch (PythonSyntaxError e) {
                actual = e.kind() + ": " + e.msg() + " at " + e.lineno() + ":" + e.offset();
            }
            if (!actual.equals(expected[i])) {
                mismatches.add(program.getFileName() + ": CPython " + expected[i] + ", Strata " + actual);
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
