package strata.cli.tui;

import java.util.ArrayList;
import java.util.List;

/** The help screen and the console's key bar, made from the key and command tables. */
final class Help {
    /** The key bar while the console has the focus: its keys are the guest's. */
    static final String CONSOLE_BAR =
            "CONSOLE: keys go to the guest; Ctrl-A Tab gives the focus back, Ctrl-A X leaves; F5 Run F6 Pause";

    private Help() {
    }

    /** The help screen: every key and every command. */
    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Keys (IDE debugger scheme: F5 continue, F9 breakpoint, F10 over, F11 into, Shift-F11 out)");
        lines.addAll(Keys.help(Keys.FUNCTION));
        lines.addAll(Keys.help(Keys.PANES));
        lines.add("In the console pane");
        lines.addAll(Keys.help(Keys.CONSOLE));
        lines.add("Commands (LOC, ADDR: a number, a symbol, a register, or sums of them: buffer+16, $sp-8)");
        lines.addAll(Commands.help());
        return lines;
    }
}
