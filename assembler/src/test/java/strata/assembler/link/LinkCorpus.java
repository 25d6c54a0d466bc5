package strata.assembler.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import strata.testkit.Binutils;

/**
 * The linker's test cases in {@code src/test/resources/link}: each case is a directory of
 * {@code .S} files, assembled by GNU as into the committed {@code .o} files the case links (in
 * name order). A first line {@code # abi: NAME} assembles that file with {@code -mabi=NAME}. An
 * {@code options} file may set {@code base=ADDRESS} and {@code entry=SYMBOL}. {@code programs/}
 * cases link, {@code errors/} cases do not; see their tests for the expected files.
 */
final class LinkCorpus {
    static final Path ROOT = Path.of("src/test/resources/link");
    private static final String BASE_LINE = ". = 0x80000000;";
    private static final String ABI_PREFIX = "# abi: ";

    private LinkCorpus() {
    }

    static List<Path> cases(String kind) {
        return list(ROOT.resolve(kind), Files::isDirectory);
    }

    static List<Path> sources(Path directory) {
        return list(directory, file -> file.getFileName().toString().endsWith(".S"));
    }

    static List<Path> objects(Path directory) {
        return list(directory, file -> file.getFileName().toString().endsWith(".o"));
    }

    static Path object(Path source) {
        String name = source.getFileName().toString();
        return source.resolveSibling(name.substring(0, name.length() - 2) + ".o");
    }

    /** The case's link options: the defaults, changed by its {@code options} file. */
    static LinkOptions options(Path directory) {
        LinkOptions options = LinkOptions.defaults();
        int base = options.base();
        String entry = options.entry();
        for (String line : lines(directory.resolve("options"))) {
            String[] pair = line.split("=", 2);
            switch (pair[0]) {
                case "base" -> base = LinkOptions.address(pair[1]).intValue();
                case "entry" -> entry = pair[1];
                default -> throw new AssertionError("unknown option in " + directory + ": " + line);
            }
        }
        return new LinkOptions(base, entry);
    }

    static byte[] assemble(Path source) {
        String first = lines(source).get(0);
        String abi = first.startsWith(ABI_PREFIX) ? first.substring(ABI_PREFIX.length()).trim() : null;
        return Binutils.object(source, abi == null ? Binutils.AS_OPTIONS : Binutils.asOptions("-mabi=" + abi));
    }

    /** Checks that the case's objects are what GNU as makes of its sources today. */
    static void checkObjects(Path directory) {
        for (Path source : sources(directory)) {
            assertThat(assemble(source)).as("%s", source).isEqualTo(bytes(object(source)));
        }
    }

    /** Assembles the case's sources into its objects. */
    static void writeObjects(Path directory) throws IOException {
        for (Path source : sources(directory)) {
            Files.write(object(source), assemble(source));
        }
    }

    /** The case linked by GNU ld with layout.ld (its base address set from the options). */
    static byte[] linkWithGnu(Path directory) {
        return linkWithGnu(directory, directory);
    }

    /** The case linked by GNU ld as above, from the objects of the same names in {@code objects}. */
    static byte[] linkWithGnu(Path directory, Path objects) {
        return withGnuArguments(directory, objects, arguments -> Binutils.executable(objects, arguments));
    }

    /** Whether GNU ld, with layout.ld, links the case without error. */
    static boolean gnuLdAccepts(Path directory) {
        return withGnuArguments(directory, directory,
                arguments -> Binutils.link(directory, Path.of("/dev/null"), arguments).succeeded());
    }

    /**
     * Runs {@code link} with GNU ld's arguments for the case: the script, the entry and the names
     * of the case's objects (to be found in {@code objects}).
     */
    private static <T> T withGnuArguments(Path directory, Path objects, Function<List<String>, T> link) {
        LinkOptions options = options(directory);
        String script = read(ROOT.resolve("layout.ld"));
        if (!script.contains(BASE_LINE)) {
            throw new AssertionError("layout.ld has no line " + BASE_LINE);
        }
        try {
            Path layout = Files.createTempFile("strata-layout", ".ld");
            try {
                Files.writeString(layout, script.replace(BASE_LINE,
                        String.format(". = 0x%08x;", options.base())));
                List<String> arguments = new ArrayList<>(List.of("-T", layout.toString(), "-e", options.entry()));
                objects(directory).forEach(object -> arguments.add(object.getFileName().toString()));
                return link.apply(arguments);
            } finally {
                Files.delete(layout);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of {@code file}, none if it does not exist. */
    static List<String> lines(Path file) {
        return Files.exists(file) ? read(file).lines().toList() : List.of();
    }

    private static List<Path> list(Path directory, Predicate<Path> filter) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
