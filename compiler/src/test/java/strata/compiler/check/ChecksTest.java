package strata.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import strata.compiler.ast.Mod;
import strata.compiler.error.PythonSyntaxError;
import strata.compiler.parse.Parser;
import strata.compiler.token.Source;
import strata.testkit.Python;
import strata.testkit.Run;

/**
 * The checks after parsing, one file each: {@code check/NAME.py} must give the error in
 * {@code NAME.err} (class, line, offset, end line, end offset, message), or "ok", as CPython's
 * compile() does. The expectations are made by {@code parse/expected.py} and re-checked against
 * python3 when it is installed.
 */
class ChecksTest {

    private static final Path ROOT = Path.of("src/test/resources/strata/compiler");

    static Stream<String> names() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("check"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void failsAsCPythonCompiles(String name) throws IOException {
        Path file = ROOT.resolve("check/" + name);
        assertThat(result(Files.readAllBytes(file)))
                .isEqualTo(Files.readString(ROOT.resolve("check/" + name.replace(".py", ".err"))));
    }

    private static String result(byte[] bytes) {
        try {
            Source source = Source.decode(bytes);
            Mod.Module module = Parser.parse(source);
            Checks.check(module, source);
            return "ok\n";
        } catch (PythonSyntaxError e) {
            return e.summary() + "\n";
        }
    }

    @Test
    void theExpectationsAreCPythons() throws IOException {
        Python.require();
        List<String> files = names().map(n -> ROOT.resolve("check/" + n).toString()).toList();
        StringBuilder committed = new StringBuilder();
        for (String file : files) {
            committed.append("==> ").append(Path.of(file).getFileName()).append('\n')
                    .append(Files.readString(Path.of(file.replace(".py", ".err"))));
        }
        Run run = Python.script(Files.readString(ROOT.resolve("parse/expected.py")), files.toArray(String[]::new)).run();
        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo(committed.toString());
    }
}
