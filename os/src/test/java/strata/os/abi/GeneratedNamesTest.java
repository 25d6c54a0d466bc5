package strata.os.abi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated includes are the one source of their names: no guest source defines one of them
 * again. GNU as lets {@code .equ} redefine a symbol without a word, so a copy that drifts from the
 * table (or a local name that happens to be Linux's) would silently change a value; this test is
 * what keeps that from happening. Nor do two includes define one name: the kernel includes
 * them all (kernel-layout.inc includes linux.inc and strata.inc).
 */
class GeneratedNamesTest {
    private static final Pattern EQU = Pattern.compile("^\\s*\\.(?:equ|set)\\s+(\\w+)\\s*,", Pattern.MULTILINE);
    private static final List<Path> SOURCES = List.of(Path.of("kernel"), Path.of("user"), Path.of("src/test/resources/strata/os"));

    @Test
    void noTwoIncludesDefineTheSameName() {
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (Map.Entry<String, String> include : AbiIncludes.all().entrySet()) {
            for (String name : names(include.getValue())) {
                String first = owner.putIfAbsent(name, include.getKey());
                if (first != null && !first.equals(include.getKey())) {
                    twice.add(name + " in " + first + " and " + include.getKey());
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void noGuestSourceDefinesAGeneratedName() throws IOException {
        Map<String, String> generated = new HashMap<>();
        AbiIncludes.all().forEach((include, text) -> names(text).forEach(name -> generated.put(name, include)));
        List<String> copies = new ArrayList<>();
        for (Path tree : SOURCES) {
            for (Path source : sources(tree)) {
                String text = Files.readString(source);
                Matcher matcher = EQU.matcher(text);
                while (matcher.find()) {
                    String include = generated.get(matcher.group(1));
                    if (include != null) {
                        int line = (int) text.substring(0, matcher.start(1)).lines().count();
                        copies.add(source + ":" + line + ": " + matcher.group(1) + " is " + include + "'s");
                    }
                }
            }
        }
        assertThat(copies).isEmpty();
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = EQU.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<Path> sources(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(p -> p.toString().endsWith(".S") || p.toString().endsWith(".inc")).sorted().toList();
        }
    }
}
