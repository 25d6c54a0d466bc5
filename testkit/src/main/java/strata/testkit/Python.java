package strata.testkit;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * CPython 3.11, the reference for the compiler: its tokenizer, parser and {@code ast} module
 * decide what a Python source means. A test gives a script for {@code python3 -c} and reads what
 * it prints; the run is a {@link Command}, so input and a limit can be added.
 */
public final class Python {
    public static final String PROGRAM = "python3";
    /** The version the compiler follows; another python3 would answer with another grammar. */
    public static final String VERSION = "3.11";

    private static Boolean usable;

    private Python() {
    }

    /** Skips the calling test unless python3 is installed and is CPython 3.11. */
    public static synchronized void require() {
        Programs.require(PROGRAM);
        if (usable == null) {
            Run run = script("import sys; print('%d.%d' % sys.version_info[:2])").run();
            usable = run.status() == 0 && run.stdout().strip().equals(VERSION);
        }
        Assumptions.assumeTrue(usable, PROGRAM + " is not Python " + VERSION);
    }

    /** {@code python3 -c script arguments...}: in the script, {@code sys.argv[1:]} are the arguments. */
    public static Command script(String script, String... arguments) {
        List<String> line = new ArrayList<>(List.of(PROGRAM, "-c", script));
        line.addAll(List.of(arguments));
        return Command.of(line);
    }
}
