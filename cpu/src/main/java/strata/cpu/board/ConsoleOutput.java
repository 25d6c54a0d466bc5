package strata.cpu.board;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The console's output side: bytes the UART or HTIF send, buffered and flushed by the machine
 * between bursts of instructions. A console that cannot be written (a closed pipe) loses the
 * bytes, as a serial line with nobody listening does; the first error is kept for the report.
 */
final class ConsoleOutput {
    private final OutputStream out;
    private boolean dirty;
    private IOException error;

    ConsoleOutput(OutputStream out) {
        this.out = new BufferedOutputStream(out, 1 << 14);
    }

    void write(int value) {
        if (error != null) {
            return;
        }
        try {
            out.write(value);
            dirty = true;
        } catch (IOException e) {
            error = e;
        }
    }

    void flush() {
        if (!dirty || error != null) {
            return;
        }
        dirty = false;
        try {
            out.flush();
        } catch (IOException e) {
            error = e;
        }
    }

    /** The first error writing the console, or null. */
    IOException error() {
        return error;
    }
}
