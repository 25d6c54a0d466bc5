package strata.cli.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.nio.charset.StandardCharsets;

/**
 * The bytes a terminal sends for a key, so that a key typed in the console pane reaches the
 * guest as it would over a serial line: characters as UTF-8, Ctrl-letter as its control code,
 * Enter as CR, Backspace as DEL, arrows and the like as VT100 sequences.
 */
final class GuestKeys {
    private static final int ESC = 0x1b;

    private GuestKeys() {
    }

    /** The bytes for {@code key}; none for a key a terminal has no bytes for. */
    static int[] bytes(KeyStroke key) {
        return switch (key.getKeyType()) {
            case Character -> character(key);
            case Enter -> new int[] {'\r'};
            case Backspace -> new int[] {0x7f};
            case Tab -> new int[] {'\t'};
            case Escape -> new int[] {ESC};
            case ArrowUp -> sequence("[A");
            case ArrowDown -> sequence("[B");
            case ArrowRight -> sequence("[C");
            case ArrowLeft -> sequence("[D");
            case Home -> sequence("[H");
            case End -> sequence("[F");
            case Delete -> sequence("[3~");
            default -> new int[0];
        };
    }

    private static int[] character(KeyStroke key) {
        char c = key.getCharacter();
        if (key.isCtrlDown() && Character.toLowerCase(c) >= 'a' && Character.toLowerCase(c) <= 'z') {
            return new int[] {Character.toLowerCase(c) - 'a' + 1};
        }
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        int[] bytes = new int[utf8.length];
        for (int i = 0; i < utf8.length; i++) {
            bytes[i] = utf8[i] & 0xff;
        }
        return bytes;
    }

    private static int[] sequence(String tail) {
        int[] bytes = new int[tail.length() + 1];
        bytes[0] = ESC;
        for (int i = 0; i < tail.length(); i++) {
            bytes[i + 1] = tail.charAt(i);
        }
        return bytes;
    }
}
