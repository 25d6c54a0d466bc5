package strata.assembler.asm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the assembler's test data: a folder of cases under {@code src/test/resources/asm}. */
final class Corpus {

    private Corpus() {
    }

    static Path folder(String name) {
        String root = System.getProperty("strata.root");
        Path base = root != null ? Path.of(root, "assembler") : Path.of("");
        Path folder = base.resolve("src/test/resources/asm").resolve(name);
        if (!Files.isDirectory(folder)) {
            folder = Path.of("src/test/resources/asm").resolve(name);
        }
        return folder.toAbsolutePath();
    }

    /** The {@code .S} files of a corpus folder, by name. */
    static List<Path> sources(String name) {
        try (Stream<Path> files = Files.list(folder(name))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".S")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code source} with its extension replaced. */
    static Path sibling(Path source, String extension) {
        String file = source.getFileName().toString();
        return source.resolveSibling(file.substring(0, file.lastIndexOf('.')) + extension);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps what a failing case produced in {@code target/asm-actual}, to diff against the expectation. */
    static void keepActual(Path source, String extension, String text) {
        try {
            Path folder = Path.of("target", "asm-actual");
            Files.createDirectories(folder);
            write(folder.resolve(sibling(source, extension).getFileName()), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
