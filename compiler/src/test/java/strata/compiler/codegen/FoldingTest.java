package strata.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import strata.compiler.ast.Expr;
import strata.compiler.ast.Mod;
import strata.compiler.ast.Stmt;
import strata.compiler.code.Constant;
import strata.compiler.parse.Parser;
import strata.testkit.Python;
import strata.testkit.Run;

/**
 * Constant folding against CPython 3.11: for each expression, python3 says whether its compiler
 * folds it to one constant and to which; Strata's folder must agree, size limits included.
 * Expressions whose folding needs C's {@code pow} (float powers, negative powers that are not
 * exact) are ones Strata deliberately leaves to run time; they are listed apart.
 */
class FoldingTest {
    private static final List<String> SAME = List.of(
            "1 + 2", "2 * 3 - 4", "7 // 2", "-7 // 2", "7 % -3", "-7 % 3", "2 ** 10", "2 ** 127", "2 ** 128",
            "3 ** 81", "3 ** 80", "1 << 127", "1 << 128", "-1 >> 3", "5 & 3 | 8 ^ 1", "True & False", "True + True",
            "~True", "-True", "not 0", "not ()", "not 'a'", "not None", "- -1", "+3",
            "1 / 2", "7 / 7", "1 / 0", "1 // 0", "1 % 0", "1.5 + 2", "2.5 * 4", "7.5 // 2", "-7.5 % 2", "1e308 * 10",
            "0.1 + 0.2", "-0.0", "1 + 2j", "1j * 1j", "-1j", "(1+2j) - 3", "1.5 - 2j",
            "'ab' * 3", "3 * 'ab'", "'a' * 4097", "'ab' * 2048", "'ab' * 2049", "b'x' * 5", "'a' + 'b'", "b'a' + b'b'",
            "(1, 2) + (3,)", "(1,) * 256", "(1,) * 257", "(1, 2) * 3", "((1, 2),) * 200", "'abc'[1]", "'abc'[-1]",
            "'abc'[5]", "b'abc'[0]", "(1, 2, 3)[1]", "'a' % 3", "'%s' % 1", "[1, 2][0]", "(1, (2, 3))",
            "(1, [2])", "__debug__", "None", "...", "2 ** -1", "(-2) ** -3", "4 ** -600", "0 ** -1", "10 ** 38", "2 ** 1000",
            "'\\u00e9' * 2", "x + 1", "1 + x", "(1, 2) * -1", "1 @ 2", "1 < 2");
    private static final String PROBE = """
            import sys, dis
            for line in sys.stdin.read().split('\\n'):
                code = compile(line, '<fold>', 'eval')
                ops = [i for i in dis.get_instructions(code) if i.opname != 'RESUME']
                if len(ops) == 2 and ops[0].opname == 'LOAD_CONST':
                    print(repr(ops[0].argval))
                else:
                    print('(not folded)')
            """;

    @Test
    void foldsWhereCPythonFoldsAndToTheSameConstant() {
        Python.require();
        Run run = Python.script(PROBE).input(String.join("\n", SAME).getBytes(StandardCharsets.UTF_8)).run();
        String[] expected = run.stdout().split("\n");
        List<String> mismatches = new ArrayList<>();
        Folder folder = new Folder();
        for (int i = 0; i < SAME.size(); i++) {
            Mod.Module module = Parser.parse((SAME.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
            Expr e = ((Stmt.ExprStmt) module.body().get(0)).value();
            Constant folded = folder.fold(e);
            String actual = folded == null ? "(not folded)" : folded.repr();
            if (!actual.equals(expected[i])) {
                mismatches.add(SAME.get(i) + ": CPython " + expected[i] + ", Strata " + actual);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void leavesInexactPowersToRunTime() {
        Folder folder = new Folder();
        for (String text : List.of("2.0 ** 3", "2 ** 0.5", "1.5 ** 2", "(-2) ** 0.5", "10 ** -2")) {
            Mod.Module module = Parser.parse((text + "\n").getBytes(StandardCharsets.UTF_8));
            assertThat(folder.fold(((Stmt.ExprStmt) module.body().get(0)).value())).as(text).isNull();
        }
    }
}
