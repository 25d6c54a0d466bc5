package strata.cli.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;

/**
 * Draws rows of styled text into rectangles of a Lanterna screen: the panes with their title
 * lines, the status line, the message line and the key bar. Only ASCII is drawn, so a capture of
 * the screen (tmux, the virtual terminal of the tests) reads the same as the screen.
 */
final class Painter {
    private final TextGraphics graphics;

    Painter(TextGraphics graphics) {
        this.graphics = graphics;
    }

    /** A pane: its title line (highlighted if it has the focus), then its rows, cut to fit. */
    void pane(Layout.Rect rect, String title, boolean focused, List<Row> rows) {
        String heading = "-- " + title + (focused ? " *" : "") + " ";
        String rule = "-".repeat(Math.max(0, rect.width() - heading.length()));
        line(rect.column(), rect.row(), rect.width(), heading + rule, focused ? Row.Style.CURRENT : Row.Style.HEADING);
        for (int i = 0; i < rect.height() - 1; i++) {
            Row row = i < rows.size() ? rows.get(i) : Row.of("");
            row(rect.column(), rect.row() + 1 + i, rect.width(), row);
        }
    }

    /** One row at column {@code x}, line {@code y}, cut or padded to {@code width}. */
    void row(int x, int y, int width, Row row) {
        int at = 0;
        for (Row.Span span : row.spans()) {
            if (at >= width) {
                break;
            }
            String text = span.text().substring(0, Math.min(span.text().length(), width - at));
            style(span.style());
            graphics.putString(x + at, y, text);
            at += text.length();
        }
        style(Row.Style.PLAIN);
        if (at < width) {
            graphics.putString(x + at, y, " ".repeat(width - at));
        }
    }

    /** A whole line of one style. */
    void line(int x, int y, int width, String text, Row.Style style) {
        row(x, y, width, Row.of(text, style));
    }

    private void style(Row.Style style) {
        graphics.clearModifiers();
        graphics.setForegroundColor(TextColor.ANSI.DEFAULT);
        graphics.setBackgroundColor(TextColor.ANSI.DEFAULT);
        switch (style) {
            case HEADING -> graphics.setForegroundColor(TextColor.ANSI.CYAN);
            case CURRENT -> graphics.enableModifiers(SGR.REVERSE);
            case CHANGED -> {
                graphics.setForegroundColor(TextColor.ANSI.YELLOW);
                graphics.enableModifiers(SGR.BOLD);
            }
            case DIM -> graphics.setForegroundColor(TextColor.ANSI.BLUE);
            case PLAIN -> { }
        }
    }
}
