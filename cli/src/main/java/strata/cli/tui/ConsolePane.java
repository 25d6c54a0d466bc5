package strata.cli.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * The guest's console (the UART): its last lines, or earlier ones after scrolling back. While it
 * has the focus, keys go to the guest.
 */
final class ConsolePane implements Pane {
    private final ConsoleText text;
    private int back;

    ConsolePane(ConsoleText text) {
        this.text = text;
    }

    @Override
    public String title() {
        return "Console";
    }

    @Override
    public List<Row> render(View view, int width, int height) {
        List<Row> rows = new ArrayList<>();
        for (String line : text.tail(height, back)) {
            rows.add(Row.of(line));
        }
        return rows;
    }

    @Override
    public void scroll(Snapshot now, int lines) {
        back = Math.max(0, Math.min(text.size() - 1, back - lines));
    }
}
