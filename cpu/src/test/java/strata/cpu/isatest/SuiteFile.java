package strata.cpu.isatest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One test of the assembly suite in {@code src/test/asm}: {@code BOARD/NAME.S}, with, for the
 * virt board, what it prints on the UART in {@code NAME.out} (none if absent) and what it reads
 * from the console in {@code NAME.in} (nothing if absent).
 */
record SuiteFile(Path source, Board board) {
    static final Path ROOT = Path.of("src/test/asm");
    static final Path INCLUDE = ROOT.resolve("include");

    /** Every test of the suite, board by board, in name order. */
    static List<SuiteFile> all() {
        List<SuiteFile> files = new ArrayList<>();
        for (Board board : Board.values()) {
            try (Stream<Path> sources = Files.list(ROOT.resolve(board.directory()))) {
                sources.filter(file -> file.getFileName().toString().endsWith(".S")).sorted()
                        .forEach(source -> files.add(new SuiteFile(source, board)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The test's name: its board and file, as in {@code spike/rv32m.S}. */
    String name() {
        return board.directory() + "/" + source.getFileName();
    }

    Path expectedOutputFile() {
        return sibling(".out");
    }

    byte[] expectedOutput() {
        return readIfPresent(expectedOutputFile());
    }

    byte[] input() {
        return readIfPresent(sibling(".in"));
    }

    private Path sibling(String extension) {
        String file = source.getFileName().toString();
        return source.resolveSibling(file.substring(0, file.length() - ".S".length()) + extension);
    }

    private static byte[] readIfPresent(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
