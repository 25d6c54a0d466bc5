package strata.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import strata.compiler.ast.Dump;
import strata.compiler.ast.Mod;
import strata.compiler.error.PythonSyntaxError;
import strata.testkit.Python;
import strata.testkit.Run;

/**
 * The parser's cases, one file each: {@code cases/NAME.py} must parse to the two lines of
 * {@code NAME.dump} (CPython's ast.dump without and with positions), {@code errors/NAME.py} must
 * fail as {@code NAME.err} says (class, line, offset, end line, end offset, message). The expected
 * files are made by {@code expected.py} with CPython 3.11, and re-checked against it when it is
 * installed; adding a case is adding a {@code .py} and running {@code expected.py --write}.
 */
class ParserCasesTest {

    private static final Path ROOT = Path.of("src/test/resources/strata/compiler/parse");

    static Stream<String> cases() throws IOException {
        return names("cases");
    }

    static Stream<String> errors() throws IOException {
        return names("errors");
    }

    private static Stream<String> names(String directory) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(directory))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void parsesAsCPython(String name) throws IOException {
        Mod.Module module = Parser.parse(Files.readAllBytes(ROOT.resolve("cases/" + name + ".py")));
        String dump = Dump.dump(module, false) + "\n" + Dump.dump(module, true) + "\n";
        assertThat(dump).isEqualTo(Files.readString(ROOT.resolve("cases/" + name + ".dump")));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void failsAsCPython(String name) throws IOException {
        String expected = Files.readString(ROOT.resolve("errors/" + name + ".err"));
        assertThat(error(Files.readAllBytes(ROOT.resolve("errors/" + name + ".py")))).isEqualTo(expected);
    }

    static String error(byte[] source) {
        try {
            Parser.parse(source);
            return "parsed without error\n";
        } catch (PythonSyntaxError e) {
            return e.summary() + "\n";
        }
    }

    @Test
    void theExpectationsAreCPythons() throws IOException {
        Python.require();
        List<String> arguments = new ArrayList<>();
        StringBuilder committed = new StringBuilder();
        for (String directory : List.of("cases", "errors")) {
            for (String name : names(directory).toList()) {
                Path file = ROOT.resolve(directory + "/" + name + ".py");
                arguments.add(file.toString());
                String suffix = directory.equals("cases") ? ".dump" : ".err";
                committed.append("==> ").append(name).append(".py\n")
                        .append(Files.readString(ROOT.resolve(directory + "/" + name + suffix)));
            }
        }
        String script = Files.readString(ROOT.resolve("expected.py"), StandardCharsets.UTF_8);
        Run run = Python.script(script, arguments.toArray(String[]::new)).run();
        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo(committed.toString());
    }
}
