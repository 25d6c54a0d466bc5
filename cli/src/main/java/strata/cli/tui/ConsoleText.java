package strata.cli.tui;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The guest's console as text: the bytes the UART sends, laid out as a terminal would lay them
 * out (newline, carriage return, backspace, tab), keeping the last {@link #KEPT} lines. Escape
 * sequences (colours, cursor moves) are dropped: the pane shows text, it does not emulate a
 * terminal. The machine writes from the emulator thread, the UI reads from its own; every method
 * holds the lock.
 */
final class ConsoleText extends OutputStream {
    static final int KEPT = 2000;
    private static final int ESC = 0x1b;
    private static final int TAB_STOP = 8;

    private final List<StringBuilder> lines = new ArrayList<>(List.of(new StringBuilder()));
    private int column;
    /** 0: text; 1: after ESC; 2: inside a control sequence (ESC [ ... final byte). */
    private int escape;
    private long version;

    @Override
    public synchronized void write(int value) {
        int b = value & 0xff;
        version++;
        if (escape == 1) {
            escape = b == '[' ? 2 : 0;
            return;
        }
        if (escape == 2) {
            escape = b >= 0x40 && b <= 0x7e ? 0 : 2;
            return;
        }
        switch (b) {
            case ESC -> escape = 1;
            case '\n' -> newLine();
            case '\r' -> column = 0;
            case '\b' -> column = Math.max(0, column - 1);
            case '\t' -> {
                do {
                    put(' ');
                } while (column % TAB_STOP != 0);
            }
            default -> {
                if (b >= 0x20 && b != 0x7f) {
                    put(b < 0x80 ? (char) b : '?');
                }
            }
        }
    }

    private void put(char c) {
        StringBuilder line = lines.get(lines.size() - 1);
        while (line.length() < column) {
            line.append(' ');
        }
        if (column < line.length()) {
            line.setCharAt(column, c);
        } else {
            line.append(c);
        }
        column++;
    }

    private void newLine() {
        lines.add(new StringBuilder());
        column = 0;
        if (lines.size() > KEPT) {
            lines.remove(0);
        }
    }

    /** The last {@code count} lines ending {@code back} lines before the last one, oldest first. */
    synchronized List<String> tail(int count, int back) {
        int end = Math.max(0, lines.size() - back);
        int start = Math.max(0, end - count);
        List<String> text = new ArrayList<>();
        for (int i = start; i < end; i++) {
            text.add(lines.get(i).toString());
        }
        return text;
    }

    /** How many lines there are. */
    synchronized int size() {
        return lines.size();
    }

    /** Changes every time a byte arrives, so the UI knows when to draw again. */
    synchronized long version() {
        return version;
    }
}
