package strata.assembler.asm;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static strata.testkit.Binutils.Tool.AS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import strata.testkit.Binutils;
import strata.testkit.Run;

/**
 * The diagnostics corpus: each {@code errors/NAME.S} has a {@code NAME.err} with every error and
 * warning we must report, formatted as printed ({@code file:line:column: error: ...}, the line,
 * a caret). A file whose first line says {@code # gnu: rejects} must be rejected by GNU as too:
 * every line GNU rejects we reject, and the lines only we reject are listed on a second line,
 * {@code # only ours: 5, 8} (GNU only warns there, or reports the error with no line); a first
 * line {@code # gnu: accepts} marks a check of ours that GNU leaves to
 * the linker, or something GNU takes that Strata does not; {@code # gnu: skip} a file not given to
 * GNU, because it never finishes it (GNU has no include loop check) or would write a huge object.
 *
 * <p>To rewrite the expectations from our output after review:
 * {@code mvn -q test -pl assembler -am -Dtest=ErrorCorpusTest -Dstrata.regenerate=true}.
 */
class ErrorCorpusTest {
    private static final String ERRORS = "errors";
    private static final Pattern OUR_ERROR = Pattern.compile("^([^:\\s]+):(\\d+)(?::\\d+)?: error: .*$", Pattern.MULTILINE);
    /** GNU's errors, without its notes ("here is the start of ..."). */
    private static final Pattern GNU_ERROR = Pattern.compile("^([^:\\s]+):(\\d+): (?:Fatal e|E)rror: (?!here is the ).*$",
            Pattern.MULTILINE);
    private static final String ONLY_OURS = "# only ours:";

    @TestFactory
    Stream<DynamicTest> weReportTheExpectedDiagnostics() {
        return Corpus.sources(ERRORS).stream().map(source -> DynamicTest.dynamicTest(name(source), () -> {
            String report = report(source);
            Path expected = Corpus.sibling(source, ".err");
            if (Boolean.getBoolean("strata.regenerate")) {
                Corpus.write(expected, report);
            }
            assertThat(report).isEqualTo(Corpus.read(expected));
        }));
    }

    @TestFactory
    Stream<DynamicTest> gnuAgreesWhereItChecksTheSameThing() {
        return Corpus.sources(ERRORS).stream().map(source -> DynamicTest.dynamicTest(name(source), () -> {
            Binutils.require(AS);
            List<String> header = Corpus.read(source).lines().limit(2).toList();
            String verdict = header.get(0);
            Assumptions.assumeFalse(verdict.equals("# gnu: skip"), "this file is not given to GNU as");
            Path object = Files.createTempFile("strata-gnu", ".o");
            try {
                Run run = Binutils.assemble(source, object, Binutils.asOptions("-I", Corpus.folder(ERRORS).toString()));
                if (verdict.equals("# gnu: accepts")) {
                    run.assertSuccess();
                    return;
                }
                assertThat(verdict).isEqualTo("# gnu: rejects");
                assertThat(run.status()).isNotZero();
                Set<Integer> gnu = errorLines(GNU_ERROR, run.stderr(ISO_8859_1), name(source));
                Set<Integer> ours = errorLines(OUR_ERROR, report(source), name(source));
                assertThat(ours).as("lines GNU rejects").containsAll(gnu);
                Set<Integer> onlyOurs = new TreeSet<>(ours);
                onlyOurs.removeAll(gnu);
                assertThat(onlyOurs).as("lines only we reject").isEqualTo(declaredOnlyOurs(header));
            } finally {
                Files.deleteIfExists(object);
            }
        }));
    }

    /** The lines a header's {@code # only ours: 5, 8} names: errors GNU reports elsewhere or not at all. */
    private static Set<Integer> declaredOnlyOurs(List<String> header) {
        Set<Integer> lines = new TreeSet<>();
        if (header.size() > 1 && header.get(1).startsWith(ONLY_OURS)) {
            for (String number : header.get(1).substring(ONLY_OURS.length()).split(",")) {
                lines.add(Integer.parseInt(number.strip()));
            }
        }
        return lines;
    }

    /** Our report for {@code source}, with file names relative to the errors folder. */
    private static String report(Path source) {
        Path folder = Corpus.folder(ERRORS);
        AssemblyResult result = Assembler.assemble(source, new AssemblerOptions(List.of(folder), Map.of()));
        if (result.hasErrors()) {
            assertThat(result.object()).isNull();
        }
        return result.report().replace(folder + "/", "");
    }

    /** The line numbers of {@code file} that have errors in {@code text}. */
    private static Set<Integer> errorLines(Pattern pattern, String text, String file) {
        Set<Integer> lines = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.group(1).endsWith(file)) {
                lines.add(Integer.parseInt(m.group(2)));
            }
        }
        return lines;
    }

    private static String name(Path source) {
        return source.getFileName().toString();
    }

    static List<Path> sources() {
        try (Stream<Path> files = Files.list(Corpus.folder(ERRORS))) {
            return files.filter(p -> p.toString().endsWith(".S")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
