package strata.cli.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The keys, in the scheme of the common IDE debuggers (Visual Studio, VS Code): F5 continue,
 * F9 breakpoint, F10 step over, F11 step into, Shift-F11 step out; F6 pause and F4 run to the
 * cursor as Delphi. One row per key drives the key handling, the key bar and the help screen.
 * The function keys act in every pane, the console too; the other keys are the console's
 * guest's when it has the focus.
 */
final class Keys {

    /** One key: its name, its word on the key bar (null: not on the bar), its help, when it matches, what it does. */
    record Key(String name, String bar, String help, Predicate<KeyStroke> matches, Consumer<Tui> action) {
    }

    static final List<Key> FUNCTION = List.of(
            new Key("F5", "Run", "continue", function(KeyType.F5, false), tui -> tui.target().resume()),
            new Key("F6", "Pause", "pause", function(KeyType.F6, false), tui -> tui.target().pause()),
            new Key("F9", "Brk", "toggle a breakpoint at the disassembly cursor", function(KeyType.F9, false),
                    Tui::toggleBreakpoint),
            new Key("F10", "Over", "step over a call", function(KeyType.F10, false), tui -> tui.target().stepOver()),
            new Key("F11", "Step", "step one instruction", function(KeyType.F11, false), tui -> tui.target().step()),
            new Key("Shift-F11", "Out", "run until the function returns", function(KeyType.F11, true),
                    tui -> tui.target().finish()),
            new Key("F4", "Cursor", "run until the disassembly cursor", function(KeyType.F4, false), Tui::runToCursor),
            new Key("F2", "Zoom", "zoom the focused pane to the whole screen, or back", function(KeyType.F2, false),
                    Tui::toggleZoom),
            new Key("F3", "Show", "show the next pane in the focused slot", function(KeyType.F3, false),
                    Tui::nextPaneInSlot),
            new Key("F1", null, "this help", function(KeyType.F1, false), Tui::showHelp));

    static final List<Key> PANES = List.of(
            new Key("Tab", "Pane", "focus the next pane (Shift-Tab: the one before)", type(KeyType.Tab),
                    tui -> tui.focusNext(1)),
            new Key("Shift-Tab", null, "focus the pane before", type(KeyType.ReverseTab), tui -> tui.focusNext(-1)),
            new Key("Up/Down", null, "move the disassembly cursor; scroll the other panes",
                    type(KeyType.ArrowUp).or(type(KeyType.ArrowDown)), null),
            new Key("PgUp/PgDn", null, "the same, a page at a time",
                    type(KeyType.PageUp).or(type(KeyType.PageDown)), null),
            new Key("?", "Help", "this help", character('?'), Tui::showHelp),
            new Key("letters", null,
                    "type a command (Enter runs it, an empty line repeats the last, Esc or Ctrl-C drops it)",
                    key -> false, null),
            new Key("Esc", null, "leave the zoom, the help or the command line", type(KeyType.Escape), Tui::escape),
            new Key("Ctrl-C", null, "pause a run; when stopped, leave", control('c'), Tui::interrupt));

    static final List<Key> CONSOLE = List.of(
            new Key("keys", null, "go to the guest, Ctrl-C included", key -> false, null),
            new Key("Ctrl-A Ctrl-A", null, "send one Ctrl-A to the guest", key -> false, null),
            new Key("Ctrl-A X", null, "leave the UI", key -> false, null),
            new Key("Ctrl-A other", null, "give the focus back (Ctrl-A Tab: to the next pane)", key -> false, null));

    private Keys() {
    }

    /** The function key or pane key {@code key} is, or null. */
    static Key find(List<Key> keys, KeyStroke key) {
        for (Key candidate : keys) {
            if (candidate.action() != null && candidate.matches().test(key)) {
                return candidate;
            }
        }
        return null;
    }

    /** The key bar: every key with a word, as {@code F5 Run}, cut to {@code width}. */
    static String bar(int width) {
        StringBuilder bar = new StringBuilder();
        List<Key> all = new ArrayList<>(FUNCTION);
        all.addAll(PANES);
        for (Key key : all) {
            if (key.bar() != null) {
                String entry = (key.name().startsWith("Shift-") ? "S-" + key.name().substring(6) : key.name()) + " "
                        + key.bar();
                if (bar.length() + entry.length() + 1 > width) {
                    break;
                }
                bar.append(bar.length() == 0 ? "" : " ").append(entry);
            }
        }
        return bar.toString();
    }

    /** The help lines of {@code keys}. */
    static List<String> help(List<Key> keys) {
        List<String> lines = new ArrayList<>();
        for (Key key : keys) {
            lines.add(String.format("  %-14s %s", key.name(), key.help()));
        }
        return lines;
    }

    private static Predicate<KeyStroke> function(KeyType type, boolean shift) {
        return key -> key.getKeyType() == type && key.isShiftDown() == shift;
    }

    private static Predicate<KeyStroke> type(KeyType type) {
        return key -> key.getKeyType() == type;
    }

    private static Predicate<KeyStroke> character(char c) {
        return key -> key.getKeyType() == KeyType.Character && key.getCharacter() == c && !key.isCtrlDown();
    }

    private static Predicate<KeyStroke> control(char c) {
        return key -> key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == c;
    }
}
