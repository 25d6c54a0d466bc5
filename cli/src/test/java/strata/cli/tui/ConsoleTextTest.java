package strata.cli.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The guest's console laid out as a terminal lays it out. */
class ConsoleTextTest {
    private final ConsoleText text = new ConsoleText();

    private void write(String s) {
        for (byte b : s.getBytes(StandardCharsets.ISO_8859_1)) {
            text.write(b);
        }
    }

    @Test
    void newlinesStartLinesAndCarriageReturnsOverwrite() {
        write("hello\nworld\rW\n");
        assertThat(text.tail(10, 0)).containsExactly("hello", "World", "");
    }

    @Test
    void backspaceAndTabMoveTheColumn() {
        write("ab\bc\tx");
        assertThat(text.tail(1, 0)).containsExactly("ac      x");
    }

    @Test
    void escapeSequencesAndControlCharactersAreDropped() {
        write("\u001b[1;31mred\u001b[0m\u0007!");
        assertThat(text.tail(1, 0)).containsExactly("red!");
    }

    @Test
    void bytesOutsideAsciiShowAsQuestionMarks() {
        write("caf\u00e9");
        assertThat(text.tail(1, 0)).containsExactly("caf?");
    }

    @Test
    void tailCountsBackFromTheLastLine() {
        write("1\n2\n3\n4");
        assertThat(text.tail(2, 0)).containsExactly("3", "4");
        assertThat(text.tail(2, 1)).containsExactly("2", "3");
        assertThat(text.size()).isEqualTo(4);
    }

    @Test
    void onlyTheLastLinesAreKept() {
        for (int i = 0; i < ConsoleText.KEPT + 10; i++) {
            write(i + "\n");
        }
        assertThat(text.size()).isEqualTo(ConsoleText.KEPT);
        assertThat(text.tail(1, 1)).containsExactly(String.valueOf(ConsoleText.KEPT + 9));
    }

    @Test
    void everyByteChangesTheVersion() {
        long before = text.version();
        write("\u001b");
        assertThat(text.version()).isGreaterThan(before);
    }
}
