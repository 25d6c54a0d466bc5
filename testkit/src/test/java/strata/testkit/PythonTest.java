package strata.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The CPython runner: a script gets its arguments and standard input, and its output comes back. */
class PythonTest {

    @Test
    void commandLine() {
        assertThat(Python.script("pass", "a").line()).containsExactly("python3", "-c", "pass", "a");
    }

    @Test
    void aScriptReadsItsArgumentsAndInput() {
        Python.require();
        Run run = Python.script("import sys; print(sys.argv[1], sys.stdin.read())", "x")
                .input("y".getBytes(StandardCharsets.UTF_8)).run();
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).isEqualTo("x y\n");
    }

    @Test
    void itIsTheVersionTheCompilerFollows() {
        Python.require();
        Run run = Python.script("import ast; print(ast.dump(ast.parse('x')))").run();
        assertThat(run.stdout()).isEqualTo("Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])\n");
    }
}
