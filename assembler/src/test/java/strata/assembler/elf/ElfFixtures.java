package strata.assembler.elf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The ELF files made by GNU binutils that the ELF tests read, in {@code src/test/resources/elf}:
 * each {@code NAME.S} is assembled by GNU {@code as} into {@code NAME.o}, each {@code NAME.link}
 * (a line of GNU {@code ld} arguments) is linked into {@code NAME.elf}, and each of those files
 * has {@code FILE.readelf}, the listing {@link ReadelfListing} reads. All of them are committed,
 * so the tests run without binutils; {@link ReferenceFixturesTest} re-checks them against the
 * reference and, with {@code -Dstrata.regenerate=true}, rewrites them. Adding a case is adding a
 * {@code .S} or a {@code .link} file and regenerating.
 */
final class ElfFixtures {
    static final Path DIRECTORY = Path.of("src/test/resources/elf");

    private ElfFixtures() {
    }

    static List<Path> sources() {
        return list(".S");
    }

    static List<Path> linkCommands() {
        return list(".link");
    }

    /** The binary files: every object and executable, made or to be made from the sources. */
    static List<Path> binaries() {
        return Stream.concat(sources().stream().map(source -> sibling(source, ".S", ".o")),
                linkCommands().stream().map(link -> sibling(link, ".link", ".elf"))).toList();
    }

    static Path sibling(Path file, String extension, String replacement) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - extension.length()) + replacement);
    }

    static Path listing(Path binary) {
        return binary.resolveSibling(binary.getFileName() + ".readelf");
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(String extension) {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
