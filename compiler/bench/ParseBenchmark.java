import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import strata.compiler.error.PythonSyntaxError;
import strata.compiler.parse.Parser;

/**
 * The front end's benchmark (not a test): tokenizes and parses every .py under a directory
 * (default /usr/lib/python3.11) ROUNDS times in one JVM, files read into memory first, and prints
 * files, lines and lines per second for each round; the last rounds are a warm JVM's. Run from the
 * repository root after a build: compiler/bench/parse-benchmark.sh [DIRECTORY] [ROUNDS].
 */
public final class ParseBenchmark {

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "/usr/lib/python3.11");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<byte[]> sources = new ArrayList<>();
        long lines = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                sources.add(bytes);
                for (byte b : bytes) {
                    lines += b == '\n' ? 1 : 0;
                }
            }
        }
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            int errors = 0;
            for (byte[] source : sources) {
                try {
                    Parser.parse(source);
                } catch (PythonSyntaxError e) {
                    errors++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %2d: %d files (%d with syntax errors), %d lines, %.2f s, %,.0f lines/s%n",
                    round, sources.size(), errors, lines, seconds, lines / seconds);
        }
    }
}
