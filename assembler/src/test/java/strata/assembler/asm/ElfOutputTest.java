package strata.assembler.asm;

import static org.assertj.core.api.Assertions.assertThat;

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
            GnuTools.assumeAvailable(GnuTools.READELF);
            Path object = ours(source);
            try {
                GnuTools.Run run = GnuTools.run(List.of(GnuTools.READELF, "-a", "-W", object.toString()), null);
                assertThat(run.status()).isZero();
                assertThat(run.err()).as("readelf complaints").isEmpty();
                assertThat(run.out()).doesNotContainIgnoringCase("warning").doesNotContainIgnoringCase("error");
                assertThat(ReadelfDump.of(object).text()).isEqualTo(Corpus.read(Corpus.sibling(source, ".dump")));
            } finally {
                Files.deleteIfExists(object);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> objdumpAndReadelfShowOursAsGnus() {
        return Corpus.sources(CORPUS).stream().map(source -> DynamicTest.dynamicTest(name(source), () -> {
            GnuTools.assumeAvailable(GnuTools.AS, GnuTools.OBJDUMP, GnuTools.READELF);
            Path ours = ours(source);
            Path gnu = Files.createTempFile("strata-gnu", ".o");
            try {
                GnuTools.Run assembled = GnuTools.assemble(source, gnu, List.of("-I", Corpus.folder(CORPUS).toString()));
                assertThat(assembled.status()).as(assembled.err()).isZero();
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
        GnuTools.Run run = GnuTools.run(List.of(GnuTools.READELF, "-W", option, object.toString()), null);
        assertThat(run.status()).as(run.err()).isZero();
        return run.out().replaceAll("at offset 0x[0-9a-f]+", "");
    }

    private static String objdump(Path object) {
        GnuTools.Run run = GnuTools.run(List.of(GnuTools.OBJDUMP, "-dr", object.toString()), null);
        assertThat(run.status()).as(run.err()).isZero();
        return run.out().replace(object.toString(), "OBJECT");
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
