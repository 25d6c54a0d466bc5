package strata.cli.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramSymbols;

/**
 * The terminal UI of one session: the panes in their slots, the focus, the command line, the
 * help screen, and the loop that reads keys and draws. It only draws and sends controls: the
 * machine runs on the target's own thread, and the UI reads a {@link Snapshot} a few times a
 * second, so drawing never slows the emulator.
 */
final class Tui implements Commands.Context {
    /** Time between two frames while nothing happens; a key or a stop draws at once. */
    static final long FRAME_NANOS = 200_000_000L;
    /** Time between two frames while the guest prints: at most 20 a second. */
    private static final long OUTPUT_FRAME_NANOS = 50_000_000L;
    private static final long IDLE_SLEEP_MILLIS = 10;
    private static final int CTRL_A = 0x01;
    private static final String PROMPT = "(strata) ";

    private final Screen screen;
    private final Target target;
    private final Program program;
    private final ProgramSymbols symbols;
    private final String name;
    private final ConsoleText console;
    private final Panes panes;
    private final Commands commands = new Commands();
    private List<Layout.Slot> slots = List.of();
    private final List<Panes.Kind> shown = new ArrayList<>();
    private int focus;
    private boolean zoomed;
    private StringBuilder typing;
    private boolean helpShown;
    private int helpTop;
    private boolean escaped;
    private boolean quit;
    private Snapshot now;
    private Snapshot stop;
    private Snapshot previousStop;
    private Snapshot measured;
    private double mips;

    Tui(Screen screen, Target target, Program program, String name, ConsoleText console) {
        this.screen = screen;
        this.target = target;
        this.program = program;
        this.symbols = new ProgramSymbols(program.elf());
        this.name = name;
        this.console = console;
        this.panes = new Panes(console, String.format("0x%08x", program.loadBase()));
    }

    /** Reads keys and draws until the person leaves. */
    void run() throws IOException {
        long drawn = 0;
        long consoleSeen = -1;
        long stopsSeen = -1;
        while (!quit) {
            KeyStroke key = screen.pollInput();
            if (key != null) {
                if (key.getKeyType() == KeyType.EOF) {
                    quit();
                    break;
                }
                handle(key);
                if (quit) {
                    break;
                }
                draw();
                drawn = System.nanoTime();
                continue;
            }
            long since = System.nanoTime() - drawn;
            long stops = target.snapshot().stops();
            boolean printed = console.version() != consoleSeen && since >= OUTPUT_FRAME_NANOS;
            if (stops != stopsSeen || since >= FRAME_NANOS || printed) {
                consoleSeen = console.version();
                stopsSeen = stops;
                draw();
                drawn = System.nanoTime();
            } else {
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(IDLE_SLEEP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Acts on one key. A control the machine cannot take now (a step while it runs, memory
     * while it runs) is refused by the session; the refusal goes to the log.
     */
    void handle(KeyStroke key) {
        try {
            dispatch(key);
        } catch (IllegalStateException | IllegalArgumentException refused) {
            log(refused.getMessage());
        }
    }

    private void dispatch(KeyStroke key) {
        if (helpShown) {
            helpKey(key);
            return;
        }
        Keys.Key function = Keys.find(Keys.FUNCTION, key);
        if (function != null) {
            function.action().accept(this);
        } else if (consoleFocused()) {
            consoleKey(key);
        } else if (typing != null) {
            editKey(key);
        } else {
            paneKey(key);
        }
    }

    private void helpKey(KeyStroke key) {
        switch (key.getKeyType()) {
            case ArrowUp -> helpTop = Math.max(0, helpTop - 1);
            case ArrowDown -> helpTop++;
            case PageUp -> helpTop = Math.max(0, helpTop - 10);
            case PageDown -> helpTop += 10;
            default -> helpShown = false;
        }
    }

    private void paneKey(KeyStroke key) {
        Keys.Key paneKey = Keys.find(Keys.PANES, key);
        if (paneKey != null) {
            paneKey.action().accept(this);
            return;
        }
        int page = Math.max(1, focusedRect().height() - 2);
        switch (key.getKeyType()) {
            case ArrowUp -> focusedPane().scroll(snapshot(), -1);
            case ArrowDown -> focusedPane().scroll(snapshot(), 1);
            case PageUp -> focusedPane().scroll(snapshot(), -page);
            case PageDown -> focusedPane().scroll(snapshot(), page);
            case Enter -> commands.run(this, "");
            case Character -> {
                if (!key.isCtrlDown() && !key.isAltDown()) {
                    typing = new StringBuilder().append(key.getCharacter());
                }
            }
            default -> { }
        }
    }

    /** A key while a command is typed; Ctrl-C drops the line, as a shell does. */
    private void editKey(KeyStroke key) {
        switch (key.getKeyType()) {
            case Character -> {
                if (!key.isCtrlDown() && !key.isAltDown()) {
                    typing.append(key.getCharacter());
                } else if (key.getCharacter() == 'c') {
                    typing = null;
                }
            }
            case Backspace -> {
                if (typing.length() > 0) {
                    typing.setLength(typing.length() - 1);
                }
            }
            case Enter -> {
                String line = typing.toString();
                typing = null;
                log(PROMPT + line);
                commands.run(this, line);
            }
            case Escape -> typing = null;
            default -> { }
        }
    }

    /** Keys in the console go to the guest as a terminal would send them, except after Ctrl-A. */
    private void consoleKey(KeyStroke key) {
        int[] bytes = GuestKeys.bytes(key);
        if (escaped) {
            escaped = false;
            if (bytes.length == 1 && bytes[0] == CTRL_A) {
                target.type(CTRL_A);
            } else if (bytes.length == 1 && (bytes[0] == 'x' || bytes[0] == 'X')) {
                quit();
            } else {
                focusNext(1);
            }
            return;
        }
        if (bytes.length == 1 && bytes[0] == CTRL_A) {
            escaped = true;
            return;
        }
        for (int b : bytes) {
            target.type(b);
        }
    }

    /** Reads the machine and draws the whole screen. */
    void draw() throws IOException {
        TerminalSize size = screen.doResizeIfNecessary();
        if (size == null) {
            size = screen.getTerminalSize();
        }
        arrange(size);
        refresh();
        Painter painter = new Painter(screen.newTextGraphics());
        int columns = size.getColumns();
        int rows = size.getRows();
        View view = new View(now, now.stops() == stop.stops() ? previousStop : stop, mips, target, program, symbols);
        painter.line(0, 0, columns, status(), Row.Style.CURRENT);
        if (helpShown) {
            List<String> help = Help.lines();
            helpTop = Math.min(helpTop, Math.max(0, help.size() - 1));
            List<Row> helpRows = new ArrayList<>();
            for (String line : help.subList(helpTop, help.size())) {
                helpRows.add(Row.of(line));
            }
            painter.pane(Layout.zoomed(columns, rows), "Help (Esc closes, Up/Down scroll)", true, helpRows);
        } else if (zoomed) {
            Layout.Rect rect = Layout.zoomed(columns, rows);
            paint(painter, rect, shown.get(focus), true, view);
        } else {
            for (int i = 0; i < slots.size(); i++) {
                paint(painter, slots.get(i).rect(), shown.get(i), i == focus, view);
            }
        }
        String message = typing != null ? PROMPT + typing : panes.log.last();
        painter.line(0, rows - 2, columns, message, Row.Style.PLAIN);
        painter.line(0, rows - 1, columns, consoleFocused() ? Help.CONSOLE_BAR : Keys.bar(columns), Row.Style.HEADING);
        screen.setCursorPosition(typing != null
                ? new TerminalPosition(Math.min(columns - 1, PROMPT.length() + typing.length()), rows - 2) : null);
        screen.refresh();
    }

    private void paint(Painter painter, Layout.Rect rect, Panes.Kind kind, boolean focused, View view) {
        Pane pane = panes.get(kind);
        painter.pane(rect, pane.title(), focused, pane.render(view, rect.width(), Math.max(0, rect.height() - 1)));
    }

    /** The slots for this size; the panes they show are kept while the number of slots stays the same. */
    private void arrange(TerminalSize size) {
        List<Layout.Slot> fresh = Layout.slots(size.getColumns(), size.getRows());
        if (fresh.size() != shown.size()) {
            shown.clear();
            for (Layout.Slot slot : fresh) {
                shown.add(slot.pane());
            }
            focus = 0;
        }
        slots = fresh;
    }

    /** Takes a new snapshot; a new stop becomes the one changes are marked against, and is logged. */
    private void refresh() {
        Snapshot fresh = target.snapshot();
        if (!fresh.running() && (stop == null || fresh.stops() != stop.stops())) {
            previousStop = stop;
            stop = fresh;
            if (fresh.stops() > 0) {
                log("stopped: " + fresh.reason());
            }
        }
        if (measured == null || fresh.nanos() - measured.nanos() >= FRAME_NANOS / 2) {
            mips = measured == null ? 0 : fresh.mipsSince(measured);
            measured = fresh;
        }
        now = fresh;
    }

    private String status() {
        String state = now.running() ? "RUNNING" : "stopped: " + now.reason();
        String where = symbols.label(now.pc());
        return String.format(" %s | pc %08x%s | mode %c | %,d instr | %s", name, now.pc(),
                where == null ? "" : " <" + where + ">", now.privilege().letter(), now.stats().instructions(), state);
    }

    private boolean consoleFocused() {
        return !helpShown && typing == null && shown.size() > focus && shown.get(focus) == Panes.Kind.CONSOLE;
    }

    private Pane focusedPane() {
        return panes.get(shown.get(focus));
    }

    private Layout.Rect focusedRect() {
        return zoomed ? Layout.zoomed(screen.getTerminalSize().getColumns(), screen.getTerminalSize().getRows())
                : slots.get(focus).rect();
    }

    void toggleBreakpoint() {
        int address = panes.disassembly.cursor(snapshot());
        for (Target.Point point : target.points()) {
            if (!point.watch() && point.address() == Integer.toUnsignedLong(address)) {
                target.delete(point.number());
                log(String.format("deleted breakpoint %d at 0x%08x", point.number(), address));
                return;
            }
        }
        log(String.format("breakpoint %d at 0x%08x", target.breakAt(address), address));
    }

    void runToCursor() {
        target.runUntil(panes.disassembly.cursor(snapshot()));
    }

    void toggleZoom() {
        zoomed = !zoomed;
    }

    void nextPaneInSlot() {
        Panes.Kind[] kinds = Panes.Kind.values();
        shown.set(focus, kinds[(shown.get(focus).ordinal() + 1) % kinds.length]);
    }

    void focusNext(int direction) {
        if (!shown.isEmpty()) {
            focus = Math.floorMod(focus + direction, shown.size());
        }
    }

    void escape() {
        zoomed = false;
    }

    /** Ctrl-C outside the console: pauses a run, as in gdb; leaves when already stopped. */
    void interrupt() {
        if (target.snapshot().running()) {
            target.pause();
        } else {
            quit();
        }
    }

    /** The snapshot of the last draw, or a fresh one before the first. */
    private Snapshot snapshot() {
        return now != null ? now : target.snapshot();
    }

    boolean finished() {
        return quit;
    }

    @Override
    public Target target() {
        return target;
    }

    @Override
    public Snapshot now() {
        return snapshot();
    }

    @Override
    public Program program() {
        return program;
    }

    @Override
    public Panes panes() {
        return panes;
    }

    @Override
    public void log(String text) {
        panes.log.add(text);
    }

    @Override
    public void showHelp() {
        helpShown = true;
        helpTop = 0;
    }

    @Override
    public void quit() {
        quit = true;
        target.quit();
    }
}
