package strata.cpu.dev.virtio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Reading an image file as the disk backends see it: bytes past its end are zeros. */
final class ImageFiles {

    private ImageFiles() {
    }

    /** Fills {@code into} from {@code file} at {@code position}, with zeros past the end of the file. */
    static void readPadded(FileChannel file, long position, ByteBuffer into) throws IOException {
        while (into.hasRemaining()) {
            int read = file.read(into, position);
            if (read < 0) {
                break;
            }
            position += read;
        }
        while (into.hasRemaining()) {
            into.put((byte) 0);
        }
    }
}
