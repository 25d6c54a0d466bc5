package strata.assembler.disasm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A folder of test cases under {@code src/test/resources/disasm}: its {@code .S} sources and the
 * files beside them, on the test class path and, for regenerating them, in the source tree.
 */
record Corpus(String folder) {

    /** The case sources, by name. */
    List<Path> sources() {
        try (var files = Files.list(directory())) {
            return files.filter(file -> file.toString().endsWith(".S")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path directory() {
        try {
            return Path.of(Corpus.class.getResource("/disasm/" + folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the folder is in the source tree (the repository root is the system property strata.root). */
    Path sourceTree() {
        return Path.of(System.getProperty("strata.root", ".."), "assembler/src/test/resources/disasm", folder);
    }

    /** True when the tests should write what binutils makes instead of checking it: -Dstrata.regenerate=true. */
    static boolean regenerate() {
        return Boolean.getBoolean("strata.regenerate");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case's name: its source's file name without {@code .S}. */
    static String name(Path source) {
        String file = source.getFileName().toString();
        return file.substring(0, file.length() - ".S".length());
    }
}
