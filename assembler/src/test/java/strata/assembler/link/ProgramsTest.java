package strata.assembler.link;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.testkit.Binutils.Tool.AS;
import static strata.testkit.Binutils.Tool.LD;
import static strata.testkit.Binutils.Tool.OBJCOPY;
import static strata.testkit.Binutils.Tool.READELF;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.assembler.diag.Diagnostic;
import strata.assembler.elf.ElfFormatException;
import strata.assembler.elf.ElfReader;
import strata.assembler.elf.ElfWriter;
import strata.assembler.object.ObjectFile;
import strata.testkit.Binutils;
import strata.testkit.Run;

/**
 * Each program of {@code link/programs} links with Strata exactly as it links with GNU ld and
 * layout.ld: {@code expected} is the {@link LinkDump} of GNU ld's executable (committed, so this
 * runs without binutils; re-checked against GNU ld where it is installed). {@code warnings}, if
 * present, holds the warnings Strata must give. The same programs assembled by Strata's assembler
 * link to the same executable, with Strata's linker and with GNU ld. Regenerate the objects and dumps with
 * {@code mvn test -Dstrata.regenerate=true -Dtest=ProgramsTest}.
 */
class ProgramsTest {

    @TempDir
    Path directory;

    static List<Path> programs() {
        return LinkCorpus.cases("programs");
    }

    @ParameterizedTest
    @MethodSource("programs")
    void linksAsGnuLdDoes(Path program) {
        LinkResult result = link(program);
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(result.diagnostics().stream().map(Diagnostic::format).toList())
                .containsExactlyElementsOf(LinkCorpus.lines(program.resolve("warnings")));
        assertThat(LinkDump.of(result.executable())).isEqualTo(LinkCorpus.read(program.resolve("expected")));
    }

    @ParameterizedTest
    @MethodSource("programs")
    void expectedIsWhatGnuLdMakes(Path program) throws ElfFormatException {
        Binutils.require(LD);
        ObjectFile gnu = ElfReader.read(LinkCorpus.linkWithGnu(program));
        assertThat(LinkDump.of(gnu)).isEqualTo(LinkCorpus.read(program.resolve("expected")));
    }

    @ParameterizedTest
    @MethodSource("programs")
    void linksObjectsFromOurAssemblerAsGnuLdLinksGnus(Path program) throws IOException {
        List<LinkInput> inputs = new ArrayList<>();
        for (Path source : LinkCorpus.sources(program)) {
            inputs.add(new LinkInput(LinkCorpus.object(source).getFileName().toString(), assembleWithStrata(source)));
        }
        LinkResult result = Linker.link(inputs, LinkCorpus.options(program));
        assertThat(result.succeeded()).as("%s", result.diagnostics()).isTrue();
        assertThat(LinkDump.of(result.executable())).isEqualTo(LinkCorpus.read(program.resolve("expected")));
    }

    @ParameterizedTest
    @MethodSource("programs")
    void gnuLdLinksObjectsFromOurAssembler(Path program) throws IOException, ElfFormatException {
        Binutils.require(LD);
        for (Path source : LinkCorpus.sources(program)) {
            Files.write(directory.resolve(LinkCorpus.object(source).getFileName()),
                    ElfWriter.write(assembleWithStrata(source)));
        }
        ObjectFile gnu = ElfReader.read(LinkCorpus.linkWithGnu(program, directory));
        assertThat(LinkDump.of(gnu)).isEqualTo(LinkCorpus.read(program.resolve("expected")));
    }

    @ParameterizedTest
    @MethodSource("programs")
    void objectsAreWhatGnuAsMakes(Path program) {
        Binutils.require(AS);
        LinkCorpus.checkObjects(program);
    }

    @ParameterizedTest
    @MethodSource("programs")
    void readelfAcceptsTheExecutable(Path program) throws IOException {
        Binutils.require(READELF);
        Path file = Files.write(directory.resolve("program.elf"), ElfWriter.write(link(program).executable()));
        Run run = Binutils.run(directory, READELF, List.of("-a", "-W", file.toString()));
        assertThat(run.stderr()).isEmpty();
        assertThat(run.status()).isZero();
    }

    @ParameterizedTest
    @MethodSource("programs")
    void flatBinaryIsWhatObjcopyMakes(Path program) throws IOException, ElfFormatException {
        Binutils.require(LD, OBJCOPY);
        Path gnu = Files.write(directory.resolve("gnu.elf"), LinkCorpus.linkWithGnu(program));
        Path binary = directory.resolve("gnu.bin");
        Binutils.run(directory, OBJCOPY, List.of("-O", "binary", gnu.toString(), binary.toString())).assertQuiet();
        byte[] expected = Files.readAllBytes(binary);
        assertThat(FlatBinary.of(ElfReader.read(Files.readAllBytes(gnu)))).isEqualTo(expected);
        assertThat(FlatBinary.of(link(program).executable())).isEqualTo(expected);
    }

    @Test
    @EnabledIfSystemProperty(named = "strata.regenerate", matches = "true")
    void regenerate() throws IOException, ElfFormatException {
        Binutils.require(AS, LD);
        for (Path program : programs()) {
            LinkCorpus.writeObjects(program);
            Files.writeString(program.resolve("expected"), LinkDump.of(ElfReader.read(LinkCorpus.linkWithGnu(program))));
        }
    }

    private static ObjectFile assembleWithStrata(Path source) {
        AssemblyResult assembled = Assembler.assemble(source, AssemblerOptions.defaults());
        assertThat(assembled.hasErrors()).as("%s", assembled.report()).isFalse();
        return assembled.object();
    }

    private static LinkResult link(Path program) {
        return LinkFiles.link(new ArrayList<>(LinkCorpus.objects(program)), LinkCorpus.options(program));
    }
}
