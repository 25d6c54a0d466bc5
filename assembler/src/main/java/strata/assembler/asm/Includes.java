package strata.assembler.asm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the file an {@code .include} names: an absolute path as is; otherwise in the directory
 * of the file that includes it, then in each {@code -I} directory in order, then in the working
 * directory (where GNU {@code as} 2.40 looks first; it does not look beside the including file).
 */
final class Includes {

    private Includes() {
    }

    static Path find(String name, Path includer, List<Path> directories) {
        Path path = Path.of(name);
        if (path.isAbsolute()) {
            return Files.isRegularFile(path) ? path : null;
        }
        List<Path> bases = new ArrayList<>();
        if (includer != null && includer.getParent() != null) {
            bases.add(includer.getParent());
        }
        bases.addAll(directories);
        bases.add(Path.of(""));
        for (Path base : bases) {
            Path candidate = base.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The file's real path, to recognise it however it was named. */
    static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
