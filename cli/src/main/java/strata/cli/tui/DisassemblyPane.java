package strata.cli.tui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import strata.assembler.disasm.Disassembler;
import strata.assembler.disasm.Instruction;

/**
 * The instructions around the pc, as objdump prints them (with the instruction words when the
 * pane is wide enough), with a symbol's name above its first instruction and branch targets named.
 * {@code >} marks the pc (and the row is highlighted),
 * {@code B} a breakpoint. A cursor, moved with Up and Down, picks the address F9 and F4 act on;
 * it goes back to the pc at every stop.
 */
final class DisassemblyPane implements Pane {
    private static final int WORD = 4;
    /** From this width the instruction words are shown too. */
    private static final int WITH_WORDS = 60;

    private int cursor;
    /** The stop the cursor was moved in; -1 if never. */
    private long cursorStop = -1;

    @Override
    public String title() {
        return "Disassembly";
    }

    /** The address the cursor is on: the pc, unless the person moved it since this stop. */
    int cursor(Snapshot now) {
        return cursorStop == now.stops() ? cursor : now.pc();
    }

    @Override
    public List<Row> render(View view, int width, int height) {
        Snapshot now = view.now();
        if (now.running()) {
            return List.of(View.RUNNING);
        }
        Set<Long> breakpoints = new HashSet<>();
        for (Target.Point point : view.target().points()) {
            if (!point.watch()) {
                breakpoints.add(point.address());
            }
        }
        Disassembler disassembler = new Disassembler().withSymbols(view.symbols());
        int center = cursor(now);
        int first = center - WORD * Math.max(0, height / 3);
        int[] bytes = view.target().read(Integer.toUnsignedLong(first), WORD * height, false);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; rows.size() < height && i < height; i++) {
            int address = first + WORD * i;
            String label = view.symbols().label(address);
            if (label != null && !label.contains("+") && rows.size() + 1 < height) {
                rows.add(Row.of("<" + label + ">:", Row.Style.HEADING));
            }
            String mark = (address == now.pc() ? ">" : " ")
                    + (breakpoints.contains(Integer.toUnsignedLong(address)) ? "B" : " ");
            String text = mark + String.format(" %08x  %s", address,
                    text(disassembler, bytes, WORD * i, address, width >= WITH_WORDS));
            Row.Style style = address == now.pc() ? Row.Style.CURRENT
                    : address == center ? Row.Style.HEADING : Row.Style.PLAIN;
            rows.add(Row.of(text, style));
        }
        return rows;
    }

    private static String text(Disassembler disassembler, int[] bytes, int offset, int address, boolean withWord) {
        int word = 0;
        for (int b = WORD - 1; b >= 0; b--) {
            if (bytes[offset + b] < 0) {
                return "(cannot be read)";
            }
            word = word << 8 | bytes[offset + b];
        }
        Instruction instruction = disassembler.disassemble(word, address);
        String operands = instruction.operands().isEmpty() ? "" : " " + instruction.operands();
        String text = String.format("%-7s%s", instruction.mnemonic(), operands);
        return withWord ? String.format("%08x  %s", word, text) : text;
    }

    @Override
    public void scroll(Snapshot now, int lines) {
        cursor = cursor(now) + WORD * lines;
        cursorStop = now.stops();
    }
}
