package strata.assembler.asm;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static strata.testkit.Binutils.Tool.AS;
import static strata.testkit.Binutils.Tool.OBJDUMP;
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
import strata.assembler.elf.ElfWriter;
import strata.testkit.Binutils;
import strata.testkit.Run;

/**
 * The assembler's objects as ELF files, judged by GNU binutils: for every corpus case, readelf
 * reads our file without a complaint and sees the expected dump, objdump disassembles it exactly
 * as it disassembles GNU's object for the same source, and readelf lists the same symbols in the
 * same order and the same relocations, symbol indices included.
 */
class ElfOutputTest {
    private static final String CORPUS = "corpus";

    @TestFactory
    Stream<DynamicTest> readelfAcceptsOurObjectAndSeesTheExpectedDump() {
        return Corpus.sources(CORPUS).stream().map(source -> DynamicTest.dynamicTest(name(source), () -> {
            Binutils.require(READELF);
            Path object = ours(source);
            try {
                Run run = Binutils.run(object.getParent(), READELF, List.of("-a", "-W", object.toString()));
                assertThat(run.status()).isZero();
                assertThat(run.stderr(ISO_8859_1)).as("readelf complaints").isEmpty();
                assertThat(run.stdout(ISO_8859_1)).doesNotContainIgnoringCase("warning")
                        .doesNotContainIgnoringCase("error");
                assertThat(ReadelfDump.of(object).text()).isEqualTo(Corpus.read(Corpus.sibling(source, ".dump")));
            } finally {
                Files.deleteIfExists(object);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> objdumpAndReadelfShowOursAsGnus() {
        return Corpus.sources(CORPUS).stream().map(source -> DynamicTest.dynamicTest(name(source), () -> {
            Binutils.require(AS, OBJDUMP, READELF);
            Path ours = ours(source);
            Path gnu = Files.createTempFile("strata-gnu", ".o");
            try {
                Binutils.assemble(source, gnu, Binutils.asOptions("-I", Corpus.folder(CORPUS).toString()))
                        .assertSuccess();
                String expected = objdump(gnu) + readelf(gnu, "-s") + readelf(gnu, "-r");
                String actual = objdump(ours) + readelf(ours, "-s") + readelf(ours, "-r");
                if (!actual.equals(expected)) {
                    Corpus.keepActual(source, ".objdump", actual + "\n=== GNU ===\n" + expected);
                }
                assertThat(actual).isEqualTo(expected);
            } finally {
                Files.deleteIfExists(ours);
                Files.deleteIfExists(gnu);
            }
        }));
    }

    /** readelf's view without the file offsets, which depend on how the writer lays the file out. */
    private static String readelf(Path object, String option) {
        Run run = Binutils.run(object.getParent(), READELF, List.of("-W", option, object.toString())).assertSuccess();
        return run.stdout(ISO_8859_1).replaceAll("at offset 0x[0-9a-f]+", "");
    }

    private static String objdump(Path object) {
        Run run = Binutils.run(object.getParent(), OBJDUMP, List.of("-dr", object.toString())).assertSuccess();
        return run.stdout(ISO_8859_1).replace(object.toString(), "OBJECT");
    }

    /** Our object for {@code source}, written to a temporary file. */
    private static Path ours(Path source) {
        AssemblyResult result = Assembler.assemble(source,
                new AssemblerOptions(List.of(Corpus.folder(CORPUS)), Map.of()));
        assertThat(result.report()).isEmpty();
        try {
            Path object = Files.createTempFile("strata-ours", ".o");
            Files.write(object, ElfWriter.write(result.object()));
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path source) {
        return source.getFileName().toString();
    }
}
