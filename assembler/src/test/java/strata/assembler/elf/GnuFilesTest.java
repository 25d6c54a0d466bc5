package strata.assembler.elf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import strata.assembler.object.ObjectFile;

/**
 * The reader sees in GNU's objects and executables what readelf sees: the same sections,
 * symbols, relocations and segments, with the same bytes. Runs from the committed fixtures and
 * listings, without binutils.
 */
class GnuFilesTest {

    static List<Path> binaries() {
        return ElfFixtures.binaries();
    }

    @ParameterizedTest
    @MethodSource("binaries")
    void readsWhatReadelfLists(Path binary) throws ElfFormatException {
        byte[] bytes = ElfFixtures.bytes(binary);
        ObjectFile object = ElfReader.read(bytes);
        List<String> expected = ReadelfListing.facts(ElfFixtures.text(ElfFixtures.listing(binary)), bytes);
        assertThat(ElfFacts.of(object)).containsExactlyElementsOf(expected);
    }
}
