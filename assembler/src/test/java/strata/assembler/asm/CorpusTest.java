package strata.assembler.asm;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.testkit.Binutils.Tool.AS;
import static strata.testkit.Binutils.Tool.READELF;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import strata.testkit.Binutils;

/**
 * The assembler corpus: each {@code corpus/NAME.S} has a {@code NAME.dump} made from GNU
 * {@code as}'s object for it. Our object must give the same dump; and where GNU binutils are
 * installed, GNU's object is dumped again and must still give it, which keeps the committed
 * expectations honest.
 *
 * <p>To regenerate the expectations after adding or changing a case:
 * {@code mvn -q test -pl assembler -am -Dtest=CorpusTest -Dstrata.regenerate=true}.
 */
class CorpusTest {
    private static final String CORPUS = "corpus";

    @TestFactory
    Stream<DynamicTest> ourObjectMatchesTheExpectedDump() {
        return Corpus.sources(CORPUS).stream().map(source -> DynamicTest.dynamicTest(name(source), () -> {
            AssemblyResult result = Assembler.assemble(source, options());
            assertThat(result.report()).as("diagnostics").isEmpty();
            String dump = ObjectDump.of(result.object()).text();
            String expected = Corpus.read(Corpus.sibling(source, ".dump"));
            if (!dump.equals(expected)) {
                Corpus.keepActual(source, ".dump", dump);
            }
            assertThat(dump).isEqualTo(expected);
        }));
    }

    @TestFactory
    Stream<DynamicTest> gnuObjectMatchesTheExpectedDump() {
        return Corpus.sources(CORPUS).stream().map(source -> DynamicTest.dynamicTest(name(source), () -> {
            Binutils.require(AS, READELF);
            String dump = gnuDump(source);
            Path expected = Corpus.sibling(source, ".dump");
            if (Boolean.getBoolean("strata.regenerate")) {
                Corpus.write(expected, dump);
            }
            assertThat(dump).isEqualTo(Corpus.read(expected));
        }));
    }

    /** GNU's object for {@code source}, as a dump. */
    static String gnuDump(Path source) {
        try {
            Path object = Files.createTempFile("strata-gnu", ".o");
            try {
                Binutils.assemble(source, object, Binutils.asOptions("-I", Corpus.folder(CORPUS).toString()))
                        .assertSuccess();
                return ReadelfDump.of(object).text();
            } finally {
                Files.deleteIfExists(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus folder is an include directory, for both assemblers. */
    private static AssemblerOptions options() {
        return new AssemblerOptions(List.of(Corpus.folder(CORPUS)), Map.of());
    }

    private static String name(Path source) {
        return source.getFileName().toString();
    }
}
