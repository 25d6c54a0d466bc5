package strata.cpu.board;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Console input read from a stream (a file, a pipe, a test's bytes), in order, each byte waited
 * for when the machine asks for it: the deterministic input.
 */
public final class StreamInput implements ConsoleInput {
    private final InputStream in;
    private boolean ended;

    public StreamInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int next() {
        if (ended) {
            return END;
        }
        try {
            int value = in.read();
            if (value < 0) {
                ended = true;
                return END;
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the console input: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean interactive() {
        return false;
    }
}
