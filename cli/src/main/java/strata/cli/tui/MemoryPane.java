package strata.cli.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Memory in hex and ASCII, at an address expression the pane keeps ({@code mem sp},
 * {@code mem buffer+16}, {@code mem -p 0x80000000}), read again at every stop, so it follows a
 * register or a symbol. Virtual addresses go through the MMU as the hart's loads would; {@code --}
 * marks a byte that cannot be read.
 */
final class MemoryPane implements Pane {
    private static final int WIDE = 16;
    private static final int NARROW = 8;

    private String expression;
    private boolean physical;
    private int offset;

    MemoryPane(String expression) {
        this.expression = expression;
    }

    @Override
    public String title() {
        return "Memory";
    }

    /** Shows memory at {@code text} from now on, virtual or physical. */
    void show(String text, boolean physicalAddress) {
        expression = text;
        physical = physicalAddress;
        offset = 0;
    }

    @Override
    public List<Row> render(View view, int width, int height) {
        String space = physical ? "physical" : "virtual";
        OptionalLong start = Addresses.resolve(expression, view.now(), view.program());
        List<Row> rows = new ArrayList<>();
        if (start.isEmpty()) {
            rows.add(Row.of(expression + ": names no address", Row.Style.HEADING));
            return rows;
        }
        int perRow = width >= 10 + 4 * WIDE + 1 ? WIDE : NARROW;
        long first = start.getAsLong() + (long) offset * perRow;
        rows.add(Row.of(String.format("%s = 0x%08x (%s)", expression, start.getAsLong(), space), Row.Style.HEADING));
        if (view.now().running()) {
            rows.add(View.RUNNING);
            return rows;
        }
        int lines = Math.max(0, height - 1);
        int[] bytes = view.target().read(first, lines * perRow, physical);
        for (int line = 0; line < lines; line++) {
            rows.add(Row.of(line(first + (long) line * perRow, bytes, line * perRow, perRow)));
        }
        return rows;
    }

    /** {@code ADDRESS  hex bytes  ascii}. */
    static String line(long address, int[] bytes, int from, int count) {
        StringBuilder hex = new StringBuilder(String.format("%08x ", address & 0xffffffffL));
        StringBuilder ascii = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            int b = bytes[i];
            hex.append(b < 0 ? " --" : String.format(" %02x", b));
            ascii.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return hex.append("  ").append(ascii).toString();
    }

    @Override
    public void scroll(Snapshot now, int lines) {
        offset += lines;
    }
}
