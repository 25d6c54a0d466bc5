package strata.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Which host programs are installed, found as the shell finds them: in the directories of PATH.
 * A test that needs a reference tool calls {@link #require} first, so that it is skipped, not
 * failed, where the tool is missing; CI installs every tool, so there it always runs.
 */
public final class Programs {

    private Programs() {
    }

    /** True if {@code program} is an executable file in a directory of PATH. */
    public static boolean installed(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    /** Skips the calling test unless every program named is installed. */
    public static void require(String... programs) {
        for (String program : programs) {
            Assumptions.assumeTrue(installed(program), program + " is not installed");
        }
    }
}
