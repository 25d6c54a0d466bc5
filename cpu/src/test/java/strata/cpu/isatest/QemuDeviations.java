package strata.cpu.isatest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The cases QEMU 7.2 fails because it breaks the specification, from
 * {@code src/test/asm/qemu-deviations}: by test name, the name of the one case QEMU fails.
 */
final class QemuDeviations {
    static final Path FILE = SuiteFile.ROOT.resolve("qemu-deviations");

    private QemuDeviations() {
    }

    static Map<String, String> load() {
        Map<String, String> cases = new HashMap<>();
        try {
            for (String line : Files.readAllLines(FILE)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(": ");
                if (colon < 0) {
                    throw new AssertionError(FILE + ": not `BOARD/FILE.S: case name`: " + line);
                }
                cases.put(line.substring(0, colon), line.substring(colon + 2));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }
}
