package strata.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import strata.testkit.E2fsprogs;

/**
 * Host trees for the image tests: the tree every kind of entry goes in, and the comparisons the
 * tests judge by: a tree copied back out of an image (debugfs rdump) against its source, and an
 * inode as debugfs states it.
 */
final class Trees {
    static final String LONG_NAME = "n".repeat(250) + ".long";
    static final int MANY = 5000;
    static final long TIME = 1_767_225_600L;

    private Trees() {
    }

    /**
     * Nested directories, a 255-byte name, an empty file, files at the sizes where the block map
     * changes level (for 1 and 4 KiB blocks), a directory of {@value #MANY} entries ("many"), fast and slow
     * symlinks, modes other than 644, a non-ASCII name, and {@code bigFile} bytes of random data.
     */
    static Path everyKind(Path root, long bigFile) throws IOException {
        return everyKind(root, bigFile, MANY);
    }

    /** {@link #everyKind(Path, long)} with {@code many} entries in the large directory. */
    static Path everyKind(Path root, long bigFile, int many) throws IOException {
        Path deep = Files.createDirectories(root.resolve("a/b/c/d/e"));
        Files.writeString(deep.resolve("leaf.txt"), "deep\n");
        Files.createDirectories(root.resolve("empty-dir"));
        Files.write(root.resolve(LONG_NAME), bytes(1, 100));
        Files.createDirectories(root.resolve("d" + LONG_NAME.substring(1)));
        Files.write(root.resolve("empty"), new byte[0]);
        Files.writeString(root.resolve("façade-ünïcode"), "utf-8 name\n");
        Path sizesDir = Files.createDirectories(root.resolve("sizes"));
        for (long blockSize : new long[] {1024, 4096}) {
            long pointers = blockSize / 4;
            long[] sizes = {1, blockSize - 1, blockSize, 12 * blockSize, 12 * blockSize + 1,
                (12 + pointers) * blockSize, (12 + pointers) * blockSize + 7};
            for (long size : sizes) {
                Files.write(sizesDir.resolve("s" + size), bytes(size, (int) size));
            }
        }
        Path manyDir = Files.createDirectories(root.resolve("many"));
        for (int i = 0; i < many; i++) {
            Files.writeString(manyDir.resolve("entry-" + i + ".py"), "x = " + i + "\n");
        }
        Files.createSymbolicLink(root.resolve("fast-link"), Path.of("a/b/c/d/e/leaf.txt"));
        Files.createSymbolicLink(root.resolve("slow-link"), Path.of("../" + "x".repeat(100) + "/target"));
        Files.createSymbolicLink(root.resolve("dangling"), Path.of("/nowhere"));
        Path script = Files.writeString(root.resolve("run.sh"), "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
        Files.setPosixFilePermissions(root.resolve("empty"),
                PosixFilePermissions.fromString("rw-------"));
        if (bigFile > 0) {
            try (RandomAccessFile file = new RandomAccessFile(root.resolve("big.bin").toFile(), "rw")) {
                byte[] chunk = bytes(1 << 20, 7);
                for (long written = 0; written < bigFile; written += chunk.length) {
                    file.write(chunk, 0, (int) Math.min(chunk.length, bigFile - written));
                    chunk[0]++;
                }
            }
        }
        setTimes(root);
        return root;
    }

    /** A few entries of each kind, quick to make: nested directories, files, links, an executable. */
    static Path small(Path root) throws IOException {
        Files.createDirectories(root.resolve("etc/deeper"));
        Files.createDirectories(root.resolve("home"));
        Files.writeString(root.resolve("etc/motd"), "Welcome to Strata\n");
        Files.write(root.resolve("etc/deeper/data.bin"), bytes(40_000, 9));
        Files.createSymbolicLink(root.resolve("motd"), Path.of("etc/motd"));
        Path script = Files.writeString(root.resolve("run.sh"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        setTimes(root);
        return root;
    }

    private static void setTimes(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.toList()) {
                FileTime time = FileTime.fromMillis((TIME - 86_400 + path.getFileName().toString().length()) * 1000);
                Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setTimes(time, null, null);
            }
        }
    }

    static byte[] bytes(long size, int seed) {
        byte[] bytes = new byte[(int) size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Every entry of {@code expected} is in {@code actual} with the same type, contents or target, and mode. */
    static void assertSameTree(Path expected, Path actual) throws IOException {
        List<Path> paths;
        try (Stream<Path> all = Files.walk(expected)) {
            paths = all.toList();
        }
        for (Path path : paths) {
            Path other = actual.resolve(expected.relativize(path).toString());
            assertThat(Files.exists(other, LinkOption.NOFOLLOW_LINKS)).as(other.toString()).isTrue();
            if (Files.isSymbolicLink(path)) {
                assertThat(Files.readSymbolicLink(other)).as(other.toString()).isEqualTo(Files.readSymbolicLink(path));
                continue;
            }
            assertThat(Files.getPosixFilePermissions(other)).as(other.toString())
                    .isEqualTo(Files.getPosixFilePermissions(path));
            if (Files.isDirectory(path)) {
                assertThat(Files.isDirectory(other)).as(other.toString()).isTrue();
                try (Stream<Path> inside = Files.list(other); Stream<Path> source = Files.list(path)) {
                    assertThat(inside.map(p -> p.getFileName().toString()).filter(n -> !n.equals("lost+found")))
                            .as(other.toString())
                            .containsExactlyInAnyOrderElementsOf(source.map(p -> p.getFileName().toString()).toList());
                }
            } else {
                assertThat(Files.mismatch(path, other)).as(other.toString()).isEqualTo(-1);
            }
        }
    }

    /** The inode of {@code path} as debugfs states it: its mode (with type bits), owner, size and mtime. */
    record Stat(int mode, long uid, long gid, long size, long mtime) {
    }

    /** The inodes of {@code paths}, stated by one debugfs run. */
    static List<Stat> stats(Path image, List<String> paths) {
        List<String> requests = paths.stream().map(path -> "stat \"" + path + "\"").toList();
        return E2fsprogs.debugfs(image, requests).stream().map(Trees::stat).toList();
    }

    private static Stat stat(String text) {
        return new Stat(Integer.parseInt(field(text, "Mode:\\s+(\\d+)"), 8) | typeBits(field(text, "Type: (\\w+)")),
                Long.parseLong(field(text, "User:\\s+(\\d+)")), Long.parseLong(field(text, "Group:\\s+(\\d+)")),
                Long.parseLong(field(text, "Size: (\\d+)")), Long.parseLong(field(text, "mtime: 0x([0-9a-f]+)"), 16));
    }

    private static int typeBits(String type) {
        return switch (type) {
            case "regular" -> 0100000;
            case "directory" -> 0040000;
            case "symlink" -> 0120000;
            default -> throw new AssertionError("debugfs states the type " + type);
        };
    }

    private static String field(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex + " in\n" + text).isTrue();
        return matcher.group(1);
    }
}
