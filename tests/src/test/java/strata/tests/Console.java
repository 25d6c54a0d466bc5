package strata.tests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A machine's console driven as a person at a terminal drives it: wait until the output shows
 * something, then type. What the machine printed is kept whole, as the transcript.
 */
interface Console extends AutoCloseable {

    /** Types {@code text} into the console. */
    void type(String text);

    /**
     * Waits until the output since byte {@code from} ends with {@code suffix}; false if it did not
     * within {@code patience} or the machine stopped first.
     */
    boolean awaitEndsWith(int from, String suffix, Duration patience) throws InterruptedException;

    /** Waits for the machine to power off; its status, or null if it did not within {@code patience}. */
    Integer awaitPowerOff(Duration patience) throws InterruptedException;

    /** Everything the console printed so far. */
    byte[] output();

    /** The transcript as text: every byte one character (ISO-8859-1), so nothing is lost or merged. */
    default String transcript() {
        return new String(output(), StandardCharsets.ISO_8859_1);
    }

    /** Stops the machine if it still runs. */
    @Override
    void close();
}
