package strata.cli.tui;

import java.util.ArrayList;
import java.util.List;
import strata.assembler.isa.Csr;
import strata.assembler.isa.Registers;

/**
 * The registers: pc and privilege mode, x0..x31 by ABI name, then the main CSRs. A value that
 * changed since the stop before is marked with {@code *} and drawn highlighted. As many columns
 * as the width allows.
 */
final class RegistersPane implements Pane {
    private static final int X_CELL = 15;
    private static final int CSR_CELL = 19;

    @Override
    public String title() {
        return "Registers";
    }

    @Override
    public List<Row> render(View view, int width, int height) {
        Snapshot now = view.now();
        Snapshot before = view.before();
        List<Row> rows = new ArrayList<>();
        boolean modeChanged = before != null && before.privilege() != now.privilege();
        Row.Style modeStyle = modeChanged ? Row.Style.CHANGED : Row.Style.PLAIN;
        rows.add(new Row(List.of(cell("pc", now.pc(), before != null && before.pc() != now.pc(), 4),
                new Row.Span("  mode " + now.privilege().letter(), modeStyle))));
        List<Row.Span> cells = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            cells.add(cell(Registers.xName(i), now.x()[i], before != null && before.x()[i] != now.x()[i], 4));
        }
        addGrid(rows, cells, Math.max(1, width / X_CELL));
        cells.clear();
        for (Csr csr : Snapshot.CSRS) {
            cells.add(cell(csr.assemblyName(), now.csr(csr), before != null && before.csr(csr) != now.csr(csr), 8));
        }
        addGrid(rows, cells, Math.max(1, width / CSR_CELL));
        return rows.subList(0, Math.min(height, rows.size()));
    }

    /** {@code name value} and a space, with a {@code *} after a changed value. */
    private static Row.Span cell(String name, int value, boolean changed, int nameWidth) {
        String text = String.format("%-" + nameWidth + "s %08x%s ", name, value, changed ? "*" : " ");
        return new Row.Span(text, changed ? Row.Style.CHANGED : Row.Style.PLAIN);
    }

    /** The cells in {@code columns} columns, filled top to bottom as a listing is read. */
    private static void addGrid(List<Row> rows, List<Row.Span> cells, int columns) {
        int height = (cells.size() + columns - 1) / columns;
        for (int r = 0; r < height; r++) {
            List<Row.Span> line = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                int index = c * height + r;
                if (index < cells.size()) {
                    line.add(cells.get(index));
                }
            }
            rows.add(new Row(line));
        }
    }
}
