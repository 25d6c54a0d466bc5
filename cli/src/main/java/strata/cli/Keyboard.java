package strata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import strata.cpu.board.TypedInput;

/**
 * The thread that reads the terminal while the machine runs: each byte typed goes through the
 * Ctrl-A escape ({@link ConsoleEscape}) and then to the machine's {@link TypedInput}; Ctrl-A X
 * runs the quit action. The thread is a daemon: it may stay blocked in a read after the run.
 */
final class Keyboard {

    private Keyboard() {
    }

    /** Starts reading {@code in} into {@code typed}; {@code quit} runs on Ctrl-A X, help goes to {@code help}. */
    static void start(InputStream in, TypedInput typed, Runnable quit, PrintStream help) {
        Thread reader = new Thread(() -> read(in, typed, quit, help), "strata-keyboard");
        reader.setDaemon(true);
        reader.start();
    }

    private static void read(InputStream in, TypedInput typed, Runnable quit, PrintStream help) {
        ConsoleEscape escape = new ConsoleEscape();
        try {
            int value;
            while ((value = in.read()) >= 0) {
                switch (escape.feed(value)) {
                    case PASS -> typed.type(value);
                    case QUIT -> {
                        quit.run();
                        typed.wake();
                        return;
                    }
                    case HELP -> {
                        help.print(ConsoleEscape.HELP);
                        help.flush();
                    }
                    case NOTHING -> { }
                }
            }
        } catch (IOException e) {
            // The terminal went away: the same as its end.
        }
        typed.end();
    }
}
