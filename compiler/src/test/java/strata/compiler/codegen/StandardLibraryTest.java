package strata.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import strata.compiler.ast.Mod;
import strata.compiler.code.CodeObject;
import strata.compiler.pyc.PycHeader;
import strata.compiler.pyc.PycReader;
import strata.compiler.pyc.PycWriter;
import strata.compiler.symtable.CompileError;
import strata.compiler.testing.Corpus;
import strata.testkit.Python;
import strata.testkit.Run;

/**
 * Every standard-library file that parses (Strata's parser) compiles: without an internal error, to code whose
 * {@code .pyc} reads back equal, and with a SyntaxError exactly where CPython's compiler raises one
 * (the same message and line) for the few files it rejects after parsing.
 */
class StandardLibraryTest {
    private static final String COMPILER = """
            import sys
            for path in sys.argv[1:]:
                try:
                    with open(path, 'rb') as f: compile(f.read(), path, 'exec')
                except SyntaxError as e:
                    print('%s\\t%s\\t%s' % (path, e.msg, e.lineno))
                except ValueError:
                    pass
            """;

    @Test
    void everyFileCompilesAsCPythonCompilesIt() {
        Python.require();
        List<String> problems = new ArrayList<>();
        for (List<Path> batch : Corpus.batches(Corpus.standardLibrary())) {
            Map<Path, String> expected = new HashMap<>();
            Run run = Python.script(COMPILER, batch.stream().map(Path::toString).toArray(String[]::new)).run();
            for (String line : run.stdout().split("\n")) {
                String[] fields = line.split("\t");
                if (fields.length == 3) {
                    expected.put(Path.of(fields[0]), fields[1] + " at line " + fields[2]);
                }
            }
            for (Path file : batch) {
                Mod.Module module = Corpus.parse(file);
                if (module == null) {
                    continue;
                }
                String wanted = expected.get(file);
                try {
                    CodeObject code = Compiler.compile(module, file.toString());
                    byte[] pyc = PycWriter.write(PycHeader.forSource(0, 0), code);
                    if (!PycReader.read(pyc).module().equals(code)) {
                        problems.add(file + ": the .pyc does not read back equal");
                    }
                    if (wanted != null) {
                        problems.add(file + ": compiled, but CPython raises SyntaxError: " + wanted);
                    }
                } catch (CompileError e) {
                    String got = e.getMessage() + " at line " + e.span().lineno();
                    if (!got.equals(wanted)) {
                        problems.add(file + ": SyntaxError: " + got + "; CPython: " + wanted);
                    }
                } catch (RuntimeException | strata.compiler.pyc.PycFormatException e) {
                    problems.add(file + ": internal error: " + e);
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
