package strata.compiler.symtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import strata.compiler.ast.Mod;
import strata.compiler.codegen.Future;
import strata.compiler.testing.Corpus;
import strata.testkit.Python;
import strata.testkit.Run;

/**
 * Symbol tables as CPython 3.11's {@code symtable} module sees them: for each block its type, name
 * and line, each name's raw flags and scope in the order CPython records them, and the nested
 * blocks in order; for the test programs and every standard-library file, on CPython's own parse.
 */
class SymbolTableTest {
    private static final String DUMPER = """
            import sys, symtable, _symtable
            OFF = _symtable.SCOPE_OFF
            def walk(t, out):
                out.append('%d %s %d' % (t.type, t.name, t.lineno))
                for name, v in t.symbols.items():
                    out.append('  %s %d %d' % (name, v & ((1 << OFF) - 1), (v >> OFF) & _symtable.SCOPE_MASK))
                for c in t.children: walk(c, out)
            for path in sys.argv[1:]:
                print('F ' + path)
                try:
                    with open(path, 'rb') as f: source = f.read()
                    top = _symtable.symtable(source, path, 'exec')
                except (SyntaxError, ValueError) as e:
                    print('X %s %s' % (type(e).__name__, e.msg if isinstance(e, SyntaxError) else e))
                    continue
                out = []
                walk(top, out)
                print('\\n'.join(out))
            """;

    @Test
    void theTestProgramsHaveCPythonsSymbolTables() throws IOException {
        compare(Corpus.programs());
    }

    @Test
    void theStandardLibraryHasCPythonsSymbolTables() throws IOException {
        compare(Corpus.standardLibrary());
    }

    private static void compare(List<Path> files) {
        Python.require();
        List<String> mismatches = new ArrayList<>();
        for (List<Path> batch : Corpus.batches(files)) {
            Run run = Python.script(DUMPER, batch.stream().map(Path::toString).toArray(String[]::new)).run();
            Map<Path, String> expected = new HashMap<>();
            for (String block : run.stdout().split("(?m)^F ")) {
                int newline = block.indexOf('\n');
                if (newline > 0) {
                    expected.put(Path.of(block.substring(0, newline)), block.substring(newline + 1));
                }
            }
            for (Path file : batch) {
                Mod.Module module = Corpus.parse(file);
                String wanted = expected.getOrDefault(file, "(missing)").strip();
                if (module == null) {
                    continue;
                }
                String actual;
                try {
                    actual = dump(SymbolTableBuilder.build(module, Future.of(module).annotations()).top());
                } catch (CompileError e) {
                    actual = "X SyntaxError " + e.getMessage();
                }
                if (!normal(actual).equals(normal(wanted))) {
                    mismatches.add(file + ":\n" + firstDifference(normal(wanted), normal(actual)));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /**
     * The dump with each block's symbols sorted: CPython adds the names it passes through a block
     * to reach an inner one in the order of a Python set, which depends on string hashing.
     */
    private static String normal(String dump) {
        List<String> out = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        for (String line : dump.strip().split("\n")) {
            if (line.startsWith("  ")) {
                symbols.add(line);
            } else {
                symbols.sort(null);
                out.addAll(symbols);
                symbols.clear();
                out.add(line);
            }
        }
        symbols.sort(null);
        out.addAll(symbols);
        return String.join("\n", out);
    }

    static String dump(SymbolTable table) {
        StringBuilder out = new StringBuilder();
        walk(table, out);
        return out.toString();
    }

    private static void walk(SymbolTable table, StringBuilder out) {
        out.append(table.type().ordinal()).append(' ').append(table.name()).append(' ').append(table.lineno())
                .append('\n');
        for (Map.Entry<String, Integer> symbol : table.flags().entrySet()) {
            out.append("  ").append(symbol.getKey()).append(' ').append(symbol.getValue()).append(' ')
                    .append(table.scope(symbol.getKey()).ordinal() + 1).append('\n');
        }
        for (SymbolTable child : table.children()) {
            walk(child, out);
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n");
        String[] a = actual.split("\n");
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "(end)";
            String y = i < a.length ? a[i] : "(end)";
            if (!x.equals(y)) {
                return "  line " + (i + 1) + ": CPython " + x + "\n  line " + (i + 1) + ": Strata  " + y;
            }
        }
        return "  (same)";
    }
}
