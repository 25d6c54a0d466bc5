package strata.cpu.dev.virtio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small image files for the tests: byte n of the file is {@code n * 13 + n / 512} (low byte). */
final class Images {

    private Images() {
    }

    static byte[] contents(int size) {
        byte[] bytes = new byte[size];
        for (int n = 0; n < size; n++) {
            bytes[n] = (byte) (n * 13 + n / 512);
        }
        return bytes;
    }

    /** A file of {@code size} bytes in {@code directory}. */
    static Path file(Path directory, int size) throws IOException {
        return Files.write(directory.resolve("disk-" + size + ".img"), contents(size));
    }
}
