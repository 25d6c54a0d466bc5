package strata.compiler.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import strata.compiler.ast.Value;
import strata.testkit.Python;
import strata.testkit.Run;

/**
 * Token streams against CPython's: each {@code NAME.py} here must give the tokens of
 * {@code NAME.tokens}, made from Python's tokenize module by {@code tokens.py} (and re-checked
 * against it when python3 is installed). The tokenizer's errors are tested through the parser's
 * error cases, where CPython's messages and positions are the expectations.
 */
class TokenizerTest {

    private static final Path ROOT = Path.of("src/test/resources/strata/compiler/token");

    static Stream<String> names() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py") && !n.equals("tokens.py"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void givesCPythonsTokens(String name) throws IOException {
        Source source = Source.decode(Files.readAllBytes(ROOT.resolve(name)));
        String tokens = Tokenizer.tokenize(source).stream().map(TokenizerTest::describe)
                .collect(Collectors.joining("\n", "", "\n"));
        assertThat(tokens).isEqualTo(Files.readString(ROOT.resolve(name.replace(".py", ".tokens"))));
    }

    /** As tokens.py prints a token: the columns are characters, which for ASCII files are bytes. */
    private static String describe(Token token) {
        String text = token.kind() == TokenKind.NEWLINE || token.kind() == TokenKind.DEDENT
                || token.kind() == TokenKind.ENDMARKER ? "" : token.text();
        return token.kind() + " " + token.line() + " " + token.col() + " " + token.endLine() + " " + token.endCol()
                + " " + pythonRepr(text);
    }

    private static String pythonRepr(String text) {
        return new Value.Str(text).repr();
    }

    @Test
    void anErrorEndsTheStreamWithAnErrorToken() {
        List<Token> tokens = Tokenizer.tokenize(Source.of("x = 'abc\n"));
        assertThat(tokens).extracting(Token::kind).containsExactly(TokenKind.NAME, TokenKind.OP, TokenKind.ERROR);
        assertThat(tokens.get(2).error().msg()).isEqualTo("unterminated string literal (detected at line 1)");
    }

    @Test
    void theExpectationsAreCPythons() throws IOException {
        Python.require();
        List<String> files = names().map(n -> ROOT.resolve(n).toString()).toList();
        StringBuilder committed = new StringBuilder();
        for (String file : files) {
            committed.append("==> ").append(Path.of(file).getFileName()).append('\n')
                    .append(Files.readString(Path.of(file.replace(".py", ".tokens"))));
        }
        Run run = Python.script(Files.readString(ROOT.resolve("tokens.py")), files.toArray(String[]::new)).run();
        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo(committed.toString());
    }
}
