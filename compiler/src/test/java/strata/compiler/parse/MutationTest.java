package strata.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.testkit.Python;
import strata.testkit.Run;

/**
 * Errors in code we did not write: {@code mutations.py} takes windows of the standard library,
 * breaks one line of each at random (fixed seed) and keeps those CPython rejects, with CPython's
 * error; Strata must give the same error (class, line, offset, end, message) for every one.
 */
class MutationTest {

    private static final int COUNT = 300;

    @TempDir
    Path directory;

    @Test
    void brokenLibraryCodeFailsAsInCPython() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/usr/lib/python3.11")), "the 3.11 library is not installed");
        Python.require();
        String script = Files.readString(Path.of("src/test/resources/strata/compiler/parse/mutations.py"));
        Run run = Python.script(script, directory.toString(), String.valueOf(COUNT)).run();
        assertThat(run.status()).as(run.stderr()).isZero();
        List<String> differences = new ArrayList<>();
        String[] lines = run.stdout().split("\n");
        for (String line : lines) {
            int tab = line.indexOf('\t');
            String expected = line.substring(tab + 1) + "\n";
            String actual = ParserCasesTest.error(Files.readAllBytes(directory.resolve(line.substring(0, tab))));
            if (!actual.equals(expected)) {
                differences.add(line.substring(0, tab) + ": CPython " + expected + "   Strata " + actual);
            }
        }
        assertThat(lines).hasSize(COUNT);
        assertThat(differences).isEmpty();
    }
}
