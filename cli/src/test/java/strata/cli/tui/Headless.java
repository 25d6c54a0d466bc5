package strata.cli.tui;

import static org.assertj.core.api.Assertions.fail;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.function.Predicate;
import strata.cpu.board.Machine;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;
import strata.cpu.board.VirtBoard;
import strata.cpu.dev.virtio.DiskImage;

/**
 * The real UI on Lanterna's virtual terminal: keys are handed to it as the terminal would hand
 * them, and the screen is read back as text. The machine runs on the debug session's thread, so
 * a test waits for what the screen must show, with a generous bound (never a timing assertion).
 */
final class Headless implements AutoCloseable {
    private static final long PATIENCE_NANOS = 60_000_000_000L;

    private final DefaultVirtualTerminal terminal;
    private final TerminalScreen screen;
    private final TuiSession session;

    Headless(Program program, String name, int columns, int rows) throws IOException, ProgramException {
        this(program, null, name, columns, rows);
    }

    /** The UI on {@code program} with {@code disk} (null: none) as the virtio disk. */
    Headless(Program program, DiskImage disk, String name, int columns, int rows) throws IOException, ProgramException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        session = TuiSession.open(program, disk, VirtBoard.DEFAULT_RAM_SIZE, Machine.ClockMode.VIRTUAL, screen, name);
        draw();
    }

    Tui tui() {
        return session.tui();
    }

    /** Presses {@code key} and draws. */
    Headless press(KeyStroke key) throws IOException {
        session.tui().handle(key);
        draw();
        return this;
    }

    Headless press(KeyType type) throws IOException {
        return press(new KeyStroke(type));
    }

    /** Types {@code text}, one key a character. */
    Headless type(String text) throws IOException {
        for (char c : text.toCharArray()) {
            press(new KeyStroke(c, false, false));
        }
        return this;
    }

    /** Types {@code line} and Enter: a command. */
    Headless command(String line) throws IOException {
        return type(line).press(KeyType.Enter);
    }

    /** Draws until the screen satisfies {@code condition}; fails with the screen if it never does. */
    String await(String what, Predicate<String> condition) throws IOException {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (true) {
            draw();
            String text = text();
            if (condition.test(text)) {
                return text;
            }
            if (System.nanoTime() > deadline) {
                fail("the screen never showed " + what + ":\n" + text);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    /** Draws until the screen contains {@code text}. */
    String awaitText(String text) throws IOException {
        return await("\"" + text + "\"", screen -> screen.contains(text));
    }

    /** Draws until the machine is stopped (the status line says so) and returns the screen. */
    String awaitStop() throws IOException {
        return await("a stop", screen -> !screen.lines().findFirst().orElse("").contains("RUNNING")
                && !tui().target().snapshot().running());
    }

    /** The terminal window changes size, as when a person resizes it. */
    Headless resize(int columns, int rows) throws IOException {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        draw();
        return this;
    }

    void draw() throws IOException {
        session.tui().draw();
    }

    /** The screen's text, lines without trailing blanks. */
    String text() {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < size.getColumns(); column++) {
                line.append(terminal.getCharacter(column, row).getCharacterString());
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        session.close();
        screen.stopScreen();
    }
}
