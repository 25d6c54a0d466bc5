package strata.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import strata.compiler.ast.Mod;
import strata.compiler.ast.Stmt;
import strata.compiler.parse.Parser;
import strata.testkit.Python;
import strata.testkit.Run;

/**
 * Annotations under {@code from __future__ import annotations} are the text CPython 3.11's
 * {@code ast_unparse.c} makes of them, asked of python3 for each expression.
 */
class UnparserTest {
    private static final List<String> ANNOTATIONS = List.of(
            "int", "list[int]", "dict[str, int | None]", "tuple[int, ...]", "Callable[[int], str]", "A.B.C",
            "'quoted'", "\"double\"", "a + b * c", "(a + b) * c", "a ** b ** c", "(a ** b) ** c", "-a ** 2",
            "(-a) ** 2", "not a", "a and b or c", "a and (b or c)", "a if b else c", "(a if b else c) if d else e",
            "lambda: 0", "lambda x, y=1, *a, k, **kw: x", "lambda x, /, y: x", "[x for x in y if x]",
            "{k: v for k, v in d}", "(x for x in y)", "f(x for x in y)", "f(a, *b, k=1, **c)", "a[1:2, ::3]",
            "a[1,]", "a[()]", "(1,)", "()", "{1, 2}", "{}", "{'a': 1, **b}", "a < b <= c is not d not in e",
            "~a", "+a", "1 .real", "1.5e300", "1e309", "1j", "-1", "...", "None", "b'x'", "f'{a!r:>{w}} {b}'",
            "x[a:b]", "[*a, b]", "a | b & c ^ d << e >> f // g % h @ i");
    private static final String PROBE = """
            import sys
            for line in sys.stdin.read().split('\\n'):
                ns = {}
                exec('from __future__ import annotations\\ndef f(x: ' + line + '): pass', ns)
                print(ns['f'].__annotations__['x'].encode('unicode_escape').decode())
            """;

    @Test
    void annotationsReadAsCPythonWritesThem() {
        Python.require();
        Run run = Python.script(PROBE).input(String.join("\n", ANNOTATIONS).getBytes(StandardCharsets.UTF_8)).run();
        assertThat(run.stderr()).isEmpty();
        String[] expected = run.stdout().split("\n");
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < ANNOTATIONS.size(); i++) {
            String source = "def f(x: " + ANNOTATIONS.get(i) + "): pass\n";
            Mod.Module module = Parser.parse(source.getBytes(StandardCharsets.UTF_8));
            Stmt.FunctionDef def = (Stmt.FunctionDef) module.body().get(0);
            String actual = Unparser.unparse(def.args().args().get(0).annotation());
            if (!actual.equals(expected[i])) {
                mismatches.add(ANNOTATIONS.get(i) + ": CPython " + expected[i] + ", Strata " + actual);
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
