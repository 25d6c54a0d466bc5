package strata.os.disk;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The tree the test images are made from, made afresh from a fixed seed. It holds what the read
 * path must get right: names of 255 bytes (several to a directory block), directories spanning
 * blocks, an empty file and an empty directory, a symbolic link, files that reach the single and
 * double indirect blocks, and a sparse file of 70 MiB whose last bytes lie past the triple
 * indirect block with 1 KiB blocks (mke2fs -d leaves its zero blocks as holes).
 */
final class TestTree {
    /** walk.S hashes a file whole up to this size, else in windows. */
    static final int WHOLE_LIMIT = 1 << 20;
    static final int WINDOW = 4096;
    static final int WINDOWS = 16;
    static final String MOTD = "Welcome to Strata\n";
    static final long SPARSE_SIZE = 70L * 1024 * 1024 + 4096 + 3;

    private TestTree() {
    }

    static void make(Path root) throws IOException {
        Random random = new Random(6);
        write(root.resolve("etc/motd"), MOTD.getBytes(StandardCharsets.US_ASCII));
        write(root.resolve("empty"), new byte[0]);
        Files.createDirectories(root.resolve("empty-dir"));
        for (char c : "LMNOP".toCharArray()) {
            write(root.resolve("a/" + String.valueOf(c).repeat(255)), ("long name " + c + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        write(root.resolve("a/b/c/random300k"), bytes(random, 300_000));
        write(root.resolve("a/b/double"), bytes(random, 3 * 1024 * 1024 + 77));
        for (int i = 0; i < 60; i++) {
            write(root.resolve(String.format("many-%03d", i)), ("file " + i + "\n").repeat(i).getBytes(StandardCharsets.US_ASCII));
        }
        try (RandomAccessFile sparse = new RandomAccessFile(root.resolve("sparse").toFile(), "rw")) {
            for (long offset : new long[] {0, 5000, 300 * 1024, SPARSE_SIZE - 700}) {
                sparse.seek(offset);
                sparse.write(("data at " + offset + "\n").repeat(100).getBytes(StandardCharsets.US_ASCII), 0, 700);
            }
        }
        Files.createSymbolicLink(root.resolve("link"), Path.of("etc/motd"));
    }

    /** The hash walk.S prints for a file's contents: FNV-1a over the whole file or its windows. */
    static long hash(byte[] contents) {
        int n = contents.length;
        if (n <= WHOLE_LIMIT) {
            return fnv(0x811c9dc5L, contents, 0, n);
        }
        long hash = 0x811c9dc5L;
        for (int k = 0; k <= WINDOWS; k++) {
            int offset = (int) ((long) (n - WINDOW) * k / WINDOWS);
            hash = fnv(hash, contents, offset, WINDOW);
        }
        return hash;
    }

    private static long fnv(long hash, byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            hash = ((hash ^ (bytes[i] & 0xff)) * 0x01000193L) & 0xffffffffL;
        }
        return hash;
    }

    private static byte[] bytes(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void write(Path file, byte[] contents) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, contents);
    }
}
