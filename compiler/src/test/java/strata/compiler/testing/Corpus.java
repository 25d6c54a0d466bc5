package strata.compiler.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import strata.compiler.ast.Mod;
import strata.compiler.error.PythonSyntaxError;
import strata.compiler.parse.Parser;

/** The Python files the back end's tests compile: the committed test programs, and the standard library. */
public final class Corpus {
    /** Where Debian's python3.11 keeps the library and, with libpython3.11-testsuite, its tests. */
    public static final Path STANDARD_LIBRARY = Path.of("/usr/lib/python3.11");
    private static final int BATCH = 150;
    private static final int SAMPLE = 8;

    private Corpus() {
    }

    /** The test programs, {@code src/test/resources/programs/*.py}, sorted. */
    public static List<Path> programs() {
        return pythonFiles(Path.of("src/test/resources/programs"));
    }

    /**
     * The standard library's {@code .py} files, sorted; none where it is not installed. By default
     * every {@value #SAMPLE}th file, which keeps the suite fast on two cores;
     * {@code -Dstrata.stdlib=all} takes all of them (about 1,650 files, several minutes).
     */
    public static List<Path> standardLibrary() {
        if (!Files.isDirectory(STANDARD_LIBRARY)) {
            return List.of();
        }
        List<Path> all = pythonFiles(STANDARD_LIBRARY);
        if ("all".equals(System.getProperty("strata.stdlib"))) {
            return all;
        }
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SAMPLE) {
            sample.add(all.get(i));
        }
        return sample;
    }

    private static List<Path> pythonFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".py") && Files.isRegularFile(file)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strata's parse of a file, or null where Strata's parser rejects it (the parser's own tests judge that). */
    public static Mod.Module parse(Path file) {
        try {
            return Parser.parse(Files.readAllBytes(file));
        } catch (PythonSyntaxError e) {
            return null;
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
