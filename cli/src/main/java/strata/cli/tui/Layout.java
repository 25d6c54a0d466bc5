package strata.cli.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the panes go on a screen of a given size. The screen is a status line, the pane area,
 * the message (or command) line and the key bar. The pane area is cut into columns of slots; each
 * slot shows one pane, which the person can change (F3) or zoom to the whole area (F2).
 *
 * <p>Below {@link #LARGE_COLUMNS} x {@link #LARGE_ROWS}: disassembly over the console beside the
 * registers (and the memory under them from {@link #TALL_ROWS} lines), the rest one F3 away. From
 * that size: three columns, every pane on screen.
 */
final class Layout {
    static final int LARGE_COLUMNS = 140;
    static final int LARGE_ROWS = 36;
    /** From this height, a narrower screen has room for the memory under the registers. */
    static final int TALL_ROWS = 34;
    /** The registers pane's width: three columns of x registers. */
    static final int REGISTERS_WIDTH = 45;
    /** Lines above and below the pane area: the status line; the message line and the key bar. */
    static final int TOP = 1;
    static final int BOTTOM = 2;

    /** A rectangle of the screen. */
    record Rect(int column, int row, int width, int height) {
    }

    /** One slot: where it is and the pane it starts with. */
    record Slot(Rect rect, Panes.Kind pane) {
    }

    /** One column of the plan: its width (0: what is left) and its panes with their share of the height. */
    private record Column(int width, List<Panes.Kind> panes, List<Integer> weights) {
    }

    private Layout() {
    }

    static boolean isLarge(int columns, int rows) {
        return columns >= LARGE_COLUMNS && rows >= LARGE_ROWS;
    }

    /** The slots for a screen of {@code columns} x {@code rows}. */
    static List<Slot> slots(int columns, int rows) {
        List<Column> plan = isLarge(columns, rows)
                ? List.of(new Column(0, List.of(Panes.Kind.DISASSEMBLY, Panes.Kind.CONSOLE), List.of(3, 2)),
                        new Column(REGISTERS_WIDTH + 1, List.of(Panes.Kind.REGISTERS, Panes.Kind.MEMORY),
                                List.of(1, 1)),
                        new Column(columns * 3 / 10, List.of(Panes.Kind.MMU, Panes.Kind.PROCESSES,
                                Panes.Kind.COUNTERS, Panes.Kind.LOG), List.of(2, 1, 2, 1)))
                : rows >= TALL_ROWS
                ? List.of(new Column(0, List.of(Panes.Kind.DISASSEMBLY, Panes.Kind.CONSOLE), List.of(3, 2)),
                        new Column(Math.min(REGISTERS_WIDTH, columns * 3 / 5),
                                List.of(Panes.Kind.REGISTERS, Panes.Kind.MEMORY), List.of(3, 2)))
                : List.of(new Column(0, List.of(Panes.Kind.DISASSEMBLY, Panes.Kind.CONSOLE), List.of(3, 2)),
                        new Column(Math.min(REGISTERS_WIDTH, columns * 3 / 5), List.of(Panes.Kind.REGISTERS),
                                List.of(1)));
        int fixed = 0;
        for (Column column : plan) {
            fixed += column.width();
        }
        int height = Math.max(1, rows - TOP - BOTTOM);
        List<Slot> slots = new ArrayList<>();
        int x = 0;
        for (Column column : plan) {
            int width = column.width() == 0 ? Math.max(1, columns - fixed) : column.width();
            int total = column.weights().stream().mapToInt(Integer::intValue).sum();
            int y = TOP;
            for (int i = 0; i < column.panes().size(); i++) {
                boolean last = i == column.panes().size() - 1;
                int h = last ? TOP + height - y : height * column.weights().get(i) / total;
                slots.add(new Slot(new Rect(x, y, width, Math.max(1, h)), column.panes().get(i)));
                y += h;
            }
            x += width;
        }
        return slots;
    }

    /** The whole pane area, for a zoomed pane. */
    static Rect zoomed(int columns, int rows) {
        return new Rect(0, TOP, columns, Math.max(1, rows - TOP - BOTTOM));
    }
}
