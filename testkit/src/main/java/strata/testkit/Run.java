package strata.testkit;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How one {@link Command} ended: its exit status and what it printed on each stream, kept as
 * bytes. The text is read as UTF-8 and strictly, so that two different outputs never read as
 * the same text; a test that compares raw bytes reads them as ISO-8859-1, one char per byte.
 */
public final class Run {
    private final List<String> command;
    private final int status;
    private final byte[] stdout;
    private final byte[] stderr;

    Run(List<String> command, int status, byte[] stdout, byte[] stderr) {
        this.command = List.copyOf(command);
        this.status = status;
        this.stdout = stdout.clone();
        this.stderr = stderr.clone();
    }

    public List<String> command() {
        return command;
    }

    public int status() {
        return status;
    }

    public boolean succeeded() {
        return status == 0;
    }

    /** Standard output as UTF-8; output that is not UTF-8 fails the test. */
    public String stdout() {
        return stdout(StandardCharsets.UTF_8);
    }

    public String stdout(Charset charset) {
        return decode(stdout, charset, "standard output");
    }

    /** Standard error as UTF-8; output that is not UTF-8 fails the test. */
    public String stderr() {
        return stderr(StandardCharsets.UTF_8);
    }

    public String stderr(Charset charset) {
        return decode(stderr, charset, "standard error");
    }

    /** This run, if the program exited with status 0; otherwise the test fails with its messages. */
    public Run assertSuccess() {
        if (status != 0) {
            throw failure();
        }
        return this;
    }

    /** This run, if the program exited with status 0 and said nothing on standard error. */
    public Run assertQuiet() {
        if (status != 0 || stderr.length > 0) {
            throw failure();
        }
        return this;
    }

    private AssertionError failure() {
        return new AssertionError(String.join(" ", command) + " exited with status " + status + ":\n"
                + new String(stderr, StandardCharsets.UTF_8));
    }

    private String decode(byte[] bytes, Charset charset, String stream) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("the " + stream + " of " + String.join(" ", command) + " is not "
                    + charset.name() + " text", e);
        }
    }
}
