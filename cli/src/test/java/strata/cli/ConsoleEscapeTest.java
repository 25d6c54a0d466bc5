package strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleEscapeTest {
    private final ConsoleEscape escape = new ConsoleEscape();

    @Test
    void ordinaryBytesPassThrough() {
        assertThat(feed("ab\r\u0003")).containsExactly("a", "b", "\r", "\u0003");
    }

    @Test
    void ctrlAThenXQuits() {
        assertThat(feed("a\u0001x")).containsExactly("a", "QUIT");
        assertThat(feed("\u0001X")).containsExactly("QUIT");
    }

    @Test
    void ctrlATwiceSendsOneCtrlA() {
        assertThat(feed("\u0001\u0001b")).containsExactly("\u0001", "b");
    }

    @Test
    void ctrlAThenHShowsTheHelp() {
        assertThat(feed("\u0001h")).containsExactly("HELP");
    }

    @Test
    void anyOtherKeyAfterCtrlAIsDropped() {
        assertThat(feed("\u0001zq")).containsExactly("q");
    }

    private List<String> feed(String typed) {
        List<String> out = new ArrayList<>();
        for (char c : typed.toCharArray()) {
            ConsoleEscape.Action action = escape.feed(c);
            switch (action) {
                case PASS -> out.add(String.valueOf(c));
                case NOTHING -> { }
                default -> out.add(action.name());
            }
        }
        return out;
    }
}
