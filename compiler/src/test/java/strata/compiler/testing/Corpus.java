package strata.compiler.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Python files the back end's tests compile: the committed test programs, and the standard library. */
public final class Corpus {
    /** Where Debian's python3.11 keeps the library and, with libpython3.11-testsuite, its tests. */
    public static final Path STANDARD_LIBRARY = Path.of("/usr/lib/python3.11");
    private static final int BATCH = 150;

    private Corpus() {
    }

    /** The test programs, {@code src/test/resources/programs/*.py}, sorted. */
    public static List<Path> programs() {
        return pythonFiles(Path.of("src/test/resources/programs"));
    }

    /** Every {@code .py} file of the standard library, sorted; none where it is not installed. */
    public static List<Path> standardLibrary() {
        return Files.isDirectory(STANDARD_LIBRARY) ? pythonFiles(STANDARD_LIBRARY) : List.of();
    }

    private static List<Path> pythonFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".py") && Files.isRegularFile(file)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code files} in batches small enough for one python3 run's output to stay modest. */
    public static List<List<Path>> batches(List<Path> files) {
        List<List<Path>> batches = new ArrayList<>();
        for (int i = 0; i < files.size(); i += BATCH) {
            batches.add(files.subList(i, Math.min(files.size(), i + BATCH)));
        }
        return batches;
    }
}
