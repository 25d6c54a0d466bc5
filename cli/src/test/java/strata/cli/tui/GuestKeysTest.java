package strata.cli.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/** The bytes a key typed in the console pane sends to the guest, as a terminal would. */
class GuestKeysTest {

    @Test
    void charactersAndControlLetters() {
        assertThat(GuestKeys.bytes(new KeyStroke('a', false, false))).containsExactly('a');
        assertThat(GuestKeys.bytes(new KeyStroke('c', true, false))).containsExactly(3);
        assertThat(GuestKeys.bytes(new KeyStroke('A', true, false))).containsExactly(1);
        assertThat(GuestKeys.bytes(new KeyStroke('\u00e9', false, false))).containsExactly(0xc3, 0xa9);
    }

    @Test
    void editingKeysAsATerminalSendsThem() {
        assertThat(GuestKeys.bytes(new KeyStroke(KeyType.Enter))).containsExactly('\r');
        assertThat(GuestKeys.bytes(new KeyStroke(KeyType.Backspace))).containsExactly(0x7f);
        assertThat(GuestKeys.bytes(new KeyStroke(KeyType.Tab))).containsExactly('\t');
        assertThat(GuestKeys.bytes(new KeyStroke(KeyType.Escape))).containsExactly(0x1b);
        assertThat(GuestKeys.bytes(new KeyStroke(KeyType.ArrowUp))).containsExactly(0x1b, '[', 'A');
        assertThat(GuestKeys.bytes(new KeyStroke(KeyType.Delete))).containsExactly(0x1b, '[', '3', '~');
    }

    @Test
    void functionKeysSendNothing() {
        assertThat(GuestKeys.bytes(new KeyStroke(KeyType.F7))).isEmpty();
    }
}
