package strata.assembler.elf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
        Binutils.require("as");
        assertThat(assemble(source)).isEqualTo(ElfFixtures.bytes(ElfFixtures.sibling(source, ".S", ".o")));
    }

    @ParameterizedTest
    @MethodSource("linkCommands")
    void executableIsWhatGnuLdMakes(Path command) {
        Binutils.require("ld");
        assertThat(link(command)).isEqualTo(ElfFixtures.bytes(ElfFixtures.sibling(command, ".link", ".elf")));
    }

    @ParameterizedTest
    @MethodSource("binaries")
    void listingIsWhatReadelfPrints(Path binary) {
        Binutils.require("readelf");
        assertThat(readelf(binary)).isEqualTo(ElfFixtures.text(ElfFixtures.listing(binary)));
    }

    @Test
    @EnabledIfSystemProperty(named = "strata.regenerate", matches = "true")
    void regenerate() throws IOException {
        Binutils.require("as", "ld", "readelf");
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
        return Binutils.assemble(ElfFixtures.DIRECTORY, source.getFileName().toString(), null);
    }

    private static byte[] link(Path command) {
        return Binutils.link(ElfFixtures.DIRECTORY, Arrays.asList(ElfFixtures.text(command).trim().split("\\s+")));
    }

    private static String readelf(Path binary) {
        List<String> arguments = new ArrayList<>(ReadelfListing.OPTIONS);
        arguments.add(binary.getFileName().toString());
        return Binutils.quietly(ElfFixtures.DIRECTORY, "readelf", arguments);
    }
}
