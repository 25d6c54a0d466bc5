package strata.assembler.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.testkit.Binutils.Tool.OBJDUMP;
import static strata.testkit.Binutils.Tool.READELF;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import strata.assembler.object.ObjectFile;
import strata.testkit.Binutils;
import strata.testkit.Run;

/**
 * Every GNU fixture, read and written back by Strata, is a file binutils accepts and sees the
 * same way: readelf lists what the model holds and complains of nothing, and objdump
 * disassembles it exactly as it does GNU's original.
 */
class WrittenFilesTest {

    @TempDir
    Path directory;

    static List<Path> binaries() {
        return ElfFixtures.binaries();
    }

    @ParameterizedTest
    @MethodSource("binaries")
    void readingWhatWeWroteGivesTheSameModel(Path binary) throws ElfFormatException {
        ObjectFile object = ElfReader.read(ElfFixtures.bytes(binary));
        assertThat(ElfReader.read(ElfWriter.write(object))).isEqualTo(object);
    }

    @ParameterizedTest
    @MethodSource("binaries")
    void readelfAcceptsWhatWeWriteAndListsTheModel(Path binary) throws ElfFormatException, IOException {
        Binutils.require(READELF);
        ObjectFile object = ElfReader.read(ElfFixtures.bytes(binary));
        byte[] ours = ElfWriter.write(object);
        Path file = Files.write(directory.resolve("ours"), ours);

        Run all = Binutils.run(directory, READELF, List.of("-a", "-W", file.toString()));
        assertThat(all.stderr()).isEmpty();
        assertThat(all.status()).isZero();
        List<String> arguments = new ArrayList<>(ReadelfListing.OPTIONS);
        arguments.add(file.toString());
        String listing = Binutils.run(directory, READELF, arguments).assertQuiet().stdout();
        assertThat(ReadelfListing.facts(listing, ours)).containsExactlyElementsOf(ElfFacts.of(object));
    }

    @ParameterizedTest
    @MethodSource("binaries")
    void objdumpDisassemblesOursAsItDoesGnus(Path binary) throws ElfFormatException, IOException {
        Binutils.require(OBJDUMP);
        Path ours = Files.write(directory.resolve(binary.getFileName()),
                ElfWriter.write(ElfReader.read(ElfFixtures.bytes(binary))));
        List<String> options = List.of("-d", "-r", "-t");
        assertThat(objdump(options, ours)).isEqualTo(objdump(options, binary.toAbsolutePath()));
    }

    private String objdump(List<String> options, Path file) {
        return Binutils.runOn(OBJDUMP, file, options).assertQuiet().stdout();
    }
}
