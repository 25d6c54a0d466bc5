package strata.cli.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * What the commands answered and why the machine stopped, newest last: the UI's own console, as
 * gdb's is. Its last line also shows on the message line under the panes.
 */
final class LogPane implements Pane {
    private static final int KEPT = 500;
    private final List<String> lines = new ArrayList<>();
    private int back;

    @Override
    public String title() {
        return "Log";
    }

    /** Adds {@code text}, one or more lines. */
    void add(String text) {
        for (String line : text.split("\n", -1)) {
            lines.add(line);
        }
        while (lines.size() > KEPT) {
            lines.remove(0);
        }
        back = 0;
    }

    /** The newest line, or an empty one. */
    String last() {
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Override
    public List<Row> render(View view, int width, int height) {
        int end = Math.max(0, lines.size() - back);
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(Math.max(0, end - height), end)) {
            rows.add(Row.of(line));
        }
        return rows;
    }

    @Override
    public void scroll(Snapshot now, int lines) {
        back = Math.max(0, Math.min(this.lines.size() - 1, back - lines));
    }
}
