package strata.assembler.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.testkit.Binutils.Tool.AS;
import static strata.testkit.Binutils.Tool.LD;
import static strata.testkit.Binutils.Tool.READELF;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import strata.testkit.Binutils;

/**
 * Checks that the committed ELF fixtures are what GNU binutils makes from their sources today,
 * and regenerates them on request ({@code mvn test -Dstrata.regenerate=true
 * -Dtest=ReferenceFixturesTest}). Skipped where binutils is not installed.
 */
class ReferenceFixturesTest {

    static List<Path> sources() {
        return ElfFixtures.sources();
    }

    static List<Path> linkCommands() {
        return ElfFixtures.linkCommands();
    }

    static List<Path> binaries() {
        return ElfFixtures.binaries();
    }

    @ParameterizedTest
    @MethodSource("sources")
    void objectIsWhatGnuAsMakes(Path source) {
        Binutils.require(AS);
        assertThat(assemble(source)).isEqualTo(ElfFixtures.bytes(ElfFixtures.sibling(source, ".S", ".o")));
    }

    @ParameterizedTest
    @MethodSource("linkCommands")
    void executableIsWhatGnuLdMakes(Path command) {
        Binutils.require(LD);
        assertThat(link(command)).isEqualTo(ElfFixtures.bytes(ElfFixtures.sibling(command, ".link", ".elf")));
    }

    @ParameterizedTest
    @MethodSource("binaries")
    void listingIsWhatReadelfPrints(Path binary) {
        Binutils.require(READELF);
        assertThat(readelf(binary)).isEqualTo(ElfFixtures.text(ElfFixtures.listing(binary)));
    }

    @Test
    @EnabledIfSystemProperty(named = "strata.regenerate", matches = "true")
    void regenerate() throws IOException {
        Binutils.require(AS, LD, READELF);
        for (Path source : ElfFixtures.sources()) {
            Files.write(ElfFixtures.sibling(source, ".S", ".o"), assemble(source));
        }
        for (Path command : ElfFixtures.linkCommands()) {
            Files.write(ElfFixtures.sibling(command, ".link", ".elf"), link(command));
        }
        for (Path binary : ElfFixtures.binaries()) {
            Files.writeString(ElfFixtures.listing(binary), readelf(binary));
        }
    }

    private static byte[] assemble(Path source) {
        return Binutils.object(source, Binutils.AS_OPTIONS);
    }

    private static byte[] link(Path command) {
        List<String> arguments = Arrays.asList(ElfFixtures.text(command).trim().split("\\s+"));
        return Binutils.executable(ElfFixtures.DIRECTORY, arguments);
    }

    private static String readelf(Path binary) {
        return Binutils.runOn(READELF, binary, ReadelfListing.OPTIONS).assertQuiet().stdout();
    }
}
