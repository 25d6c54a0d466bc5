package strata.compiler.ast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dump format on trees built by hand; the expected texts are what CPython 3.11's
 * {@code ast.dump} prints for the source in each comment. The parser's tests check many more.
 */
class DumpTest {

    private static Span at(int line, int col, int endLine, int endCol) {
        return new Span(line, col, endLine, endCol);
    }

    @Test
    void optionalFieldsThatAreNoneAreLeftOut() {
        // return
        Mod tree = new Mod.Module(List.of(new Stmt.Return(null, at(1, 0, 1, 6))), List.of());
        assertThat(Dump.dump(tree, false)).isEqualTo("Module(body=[Return()], type_ignores=[])");
        assertThat(Dump.dump(tree, true)).isEqualTo(
                "Module(body=[Return(lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])");
    }

    @Test
    void aNoneConstantIsAValueNotAMissingField() {
        // None
        Expr none = new Expr.Constant(Value.None.INSTANCE, null, at(1, 0, 1, 4));
        assertThat(Dump.dump(new Stmt.ExprStmt(none, at(1, 0, 1, 4)), false))
                .isEqualTo("Expr(value=Constant(value=None))");
    }

    @Test
    void enumsDumpAsEmptyNodesAndProductsByTheirLowerCaseNames() {
        // from . import a as b; x += 1
        Stmt from = new Stmt.ImportFrom(null, List.of(new Alias("a", "b", at(1, 14, 1, 20))), 0 + 1, at(1, 0, 1, 20));
        Stmt add = new Stmt.AugAssign(new Expr.Name("x", ExprContext.Store, at(1, 22, 1, 23)), Operator.Add,
                new Expr.Constant(new Value.Int(BigInteger.ONE), null, at(1, 27, 1, 28)), at(1, 22, 1, 28));
        assertThat(Dump.dump(new Mod.Module(List.of(from, add), List.of()), true)).isEqualTo(
                "Module(body=[ImportFrom(names=[alias(name='a', asname='b', lineno=1, col_offset=14, end_lineno=1, "
                        + "end_col_offset=20)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), "
                        + "AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=22, end_lineno=1, "
                        + "end_col_offset=23), op=Add(), value=Constant(value=1, lineno=1, col_offset=27, "
                        + "end_lineno=1, end_col_offset=28), lineno=1, col_offset=22, end_lineno=1, "
                        + "end_col_offset=28)], type_ignores=[])");
    }

    @Test
    void theStatementExprAndTheKindOfAConstant() {
        // u'a'
        Expr text = new Expr.Constant(new Value.Str("a"), "u", at(1, 0, 1, 4));
        assertThat(Dump.dump(new Stmt.ExprStmt(text, at(1, 0, 1, 4)), false))
                .isEqualTo("Expr(value=Constant(value='a', kind='u'))");
    }
}
