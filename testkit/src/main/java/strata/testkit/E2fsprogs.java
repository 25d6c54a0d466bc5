package strata.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * e2fsprogs, the reference for ext2 disk images: {@code e2fsck} judges an image ({@code -fn}: a
 * full check that changes nothing; status 0 means clean), {@code debugfs} reads files and inodes
 * out of one, and {@code mke2fs} makes images of its own for Strata's reader. Tests call
 * {@link #require} first, so they are skipped where e2fsprogs is missing.
 */
public final class E2fsprogs {
    public static final String E2FSCK = "e2fsck";
    public static final String DEBUGFS = "debugfs";
    public static final String MKE2FS = "mke2fs";

    private E2fsprogs() {
    }

    /** Skips the calling test unless e2fsck, debugfs and mke2fs are installed. */
    public static void require() {
        Programs.require(E2FSCK, DEBUGFS, MKE2FS);
    }

    /** A full, read-only check of {@code image}: status 0 if the file system is clean. */
    public static Run check(Path image) {
        return Command.of(E2FSCK, "-fn", image.toString()).run();
    }

    /** Runs one debugfs {@code request} (such as {@code stat /etc/motd}) on {@code image}, read-only. */
    public static Run debugfs(Path image, String request) {
        return Command.of(DEBUGFS, "-R", request, image.toString()).run();
    }

    /**
     * Runs every request of {@code requests} on {@code image} in one debugfs (its {@code -f}
     * command file) and returns what each printed on standard output, in order: debugfs echoes
     * each request as {@code debugfs: REQUEST} before its output, and the output is split there.
     */
    public static List<String> debugfs(Path image, List<String> requests) {
        try {
            Path commands = Files.createTempFile("strata-debugfs", ".cmd");
            try {
                Files.write(commands, requests);
                Run run = Command.of(DEBUGFS, "-f", commands.toString(), image.toString()).run().assertSuccess();
                String[] parts = ("\n" + run.stdout()).split("\ndebugfs: ", -1);
                if (parts.length != requests.size() + 1) {
                    throw new AssertionError("debugfs answered " + (parts.length - 1) + " of " + requests.size()
                            + " requests:\n" + run.stdout());
                }
                return List.of(parts).subList(1, parts.length);
            } finally {
                Files.delete(commands);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the file at {@code path} in {@code image}, as debugfs reads them. */
    public static byte[] cat(Path image, String path) {
        Run run = debugfs(image, "cat \"" + path + "\"").assertSuccess();
        return run.stdout(StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Copies the directory {@code path} of {@code image}, with everything below it, into the host
     * directory {@code into} (which must exist), as debugfs's {@code rdump} does: files, links,
     * permissions and times.
     */
    public static Run rdump(Path image, String path, Path into) {
        return debugfs(image, "rdump \"" + path + "\" \"" + into + "\"");
    }

    /**
     * Makes an ext2 file system of {@code size} (as mke2fs reads it: {@code 8M}) in {@code image},
     * filled from {@code tree}, with mke2fs's defaults for ext2 and the {@code options} given
     * (such as {@code -b 4096}); mke2fs's own messages go to the returned run.
     */
    public static Run mke2fs(Path image, Path tree, String size, String... options) {
        List<String> line = new ArrayList<>(List.of(MKE2FS, "-q", "-F", "-t", "ext2", "-d", tree.toString()));
        line.addAll(List.of(options));
        line.addAll(List.of(image.toString(), size));
        return Command.of(line).run();
    }
}
