package strata.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import strata.compiler.ast.Dump;
import strata.compiler.ast.Mod;
import strata.compiler.check.Checks;
import strata.compiler.error.PythonSyntaxError;
import strata.compiler.token.Source;
import strata.testkit.Python;
import strata.testkit.Run;

/**
 * The standard-library corpus: every {@code .py} under /usr/lib/python3.11 (Debian's python3 and
 * libpython3.11-testsuite), parsed by CPython (python3 with two worker processes, printing a
 * SHA-256 of each {@code ast.dump} with positions, which holds the plain dump, or the error) and
 * by Strata. At least 99% of the files CPython parses must give the same dump, positions
 * included; each file must give the same dump and pass the checks after parsing ({@link Checks}:
 * CPython compiles every one), or for the files CPython rejects an error on the same line; the
 * files where Strata differs are listed, each with the reason, in {@code stdlib-exceptions.txt},
 * and that list must be exact.
 */
class StdlibCorpusTest {

    private static final Path LIBRARY = Path.of("/usr/lib/python3.11");

    @Test
    void theStandardLibraryParsesAsCPythonParsesIt() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(LIBRARY.resolve("test")), "the 3.11 library and test suite are not installed");
        Python.require();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(LIBRARY)) {
            files = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
        // CPython works through the files in its own processes while Strata parses them here.
        CompletableFuture<Map<String, String>> cpython = CompletableFuture.supplyAsync(() -> cpython(files));
        Map<Path, String> ours = new LinkedHashMap<>();
        for (Path file : files) {
            ours.put(file, strata(file));
        }
        Map<String, String> expected = cpython.get();
        Map<String, String> differences = new LinkedHashMap<>();
        int parsed = 0;
        int same = 0;
        for (Path file : files) {
            String want = expected.get(file.toString());
            String got = ours.get(file);
            if (want.startsWith("ok")) {
                parsed++;
                same += want.equals(got) ? 1 : 0;
            }
            if (!agree(want, got)) {
                differences.put(LIBRARY.relativize(file).toString(), "CPython " + want + " | Strata " + got);
            }
        }
        Files.writeString(Path.of("target/stdlib-differences.txt"), differences.entrySet().stream()
                .map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n", "", "\n")));
        assertThat(same).as("files whose dump equals CPython's").isGreaterThanOrEqualTo((int) Math.ceil(parsed * 0.99));
        assertThat(differences.keySet()).as("differences (target/stdlib-differences.txt) against the listed exceptions")
                .containsExactlyInAnyOrderElementsOf(exceptions());
    }

    /** Both parsed to the same dump, positions included, or both failed on the same line. */
    private static boolean agree(String want, String got) {
        if (want.startsWith("ok")) {
            return want.equals(got);
        }
        String[] w = want.split("\t");
        String[] g = got.split("\t");
        return g[0].equals("error") && w[2].equals(g[2]);
    }

    private static Map<String, String> cpython(List<Path> files) {
        String script;
        try (InputStream in = StdlibCorpusTest.class.getResourceAsStream("cpython_corpus.py")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String names = files.stream().map(Path::toString).collect(Collectors.joining("\n", "", "\n"));
        Run run = Python.script(script)
                .input(names.getBytes(StandardCharsets.UTF_8))
                .limit(java.time.Duration.ofMinutes(5)).run();
        assertThat(run.status()).as(run.stderr()).isZero();
        Map<String, String> results = new LinkedHashMap<>();
        for (String line : run.stdout().split("\n")) {
            int tab = line.indexOf('\t');
            results.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return results;
    }

    private static String strata(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            Source source = Source.decode(bytes);
            Mod.Module module = Parser.parse(source);
            String dump = sha256(Dump.dump(module, true));
            Checks.check(module, source);
            return "ok\t" + dump;
        } catch (PythonSyntaxError e) {
            return "error\t" + e.kind() + "\t" + e.lineno() + "\t" + e.offset();
        } catch (RuntimeException | StackOverflowError e) {
            return "crash\t" + e;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The committed list: one file a line, a tab, then why Strata differs; # starts a comment. */
    private static List<String> exceptions() throws IOException {
        List<String> files = new ArrayList<>();
        try (InputStream in = StdlibCorpusTest.class.getResourceAsStream("stdlib-exceptions.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    files.add(line.split("\t")[0]);
                }
            }
        }
        return files;
    }
}
