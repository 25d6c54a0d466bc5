package strata.compiler.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import strata.compiler.ast.Value;

/**
 * {@code repr()} of the constants a code object adds to the AST's literals (whose repr the AST's
 * tests check against CPython): tuples, frozensets and code objects.
 */
class ReprTest {

    @Test
    void showsTuplesAsPythonDoes() {
        assertThat(new Constant.Tuple(List.of(Constant.integer(1))).repr()).isEqualTo("(1,)");
        assertThat(new Constant.Tuple(List.of()).repr()).isEqualTo("()");
        assertThat(new Constant.Tuple(List.of(Constant.str("a'"), Constant.of(new Value.Float(1e16)),
                new Constant.Tuple(List.of(Constant.NONE)))).repr()).isEqualTo("(\"a'\", 1e+16, (None,))");
    }

    @Test
    void showsFrozensetsAsPythonDoes() {
        assertThat(new Constant.FrozenSet(List.of()).repr()).isEqualTo("frozenset()");
        assertThat(new Constant.FrozenSet(List.of(Constant.integer(1), Constant.str("a"))).repr())
                .isEqualTo("frozenset({1, 'a'})");
    }

    @Test
    void showsACodeObjectWithoutAnAddress() {
        CodeObject code = new CodeObject("f", "C.f", "x.py", 3, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(code.repr()).isEqualTo("<code object f, file \"x.py\", line 3>");
    }

    @Test
    void mergesConstantsAsCPythonDoes() {
        assertThat(Constant.integer(1)).isNotEqualTo(Constant.TRUE).isNotEqualTo(Constant.of(new Value.Float(1.0)));
        assertThat(Constant.of(new Value.Float(0.0))).isNotEqualTo(Constant.of(new Value.Float(-0.0)));
        assertThat(Constant.of(new Value.Bytes(new byte[] {1}))).isEqualTo(Constant.of(new Value.Bytes(new byte[] {1})));
    }
}
