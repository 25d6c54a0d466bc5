package strata.cli.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import strata.cpu.board.Program;
import strata.cpu.dev.virtio.OverlayDisk;
import strata.images.DefaultImage;
import strata.images.ImageFile;

/**
 * The screens docs/tui.md shows, made by the real UI on the virtual terminal, and its tables of
 * keys and commands, made from the tables the UI runs, so the guide stays true: each generated
 * region ({@code <!-- NAME -->} ... {@code <!-- /NAME -->}) must be what the UI draws and runs
 * now. {@code -Dstrata.regenerate=true} writes them into the guide instead.
 */
@Timeout(120)
class TuiCapturesTest {
    /** A generated region of the guide: {@code <!-- NAME -->}, its text, {@code <!-- /NAME -->}. */
    private static final Pattern REGION = Pattern.compile("<!-- ([a-z0-9-]+) -->\n(.*?)<!-- /\\1 -->\n",
            Pattern.DOTALL);

    @TempDir
    Path folder;

    @Test
    void theGuideShowsWhatTheUiDraws() throws Exception {
        Map<String, String> captures = captures();
        captures.putAll(tables());
        Path guide = Path.of(System.getProperty("strata.root", ".."), "docs", "tui.md");
        String text = Files.readString(guide, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("strata.regenerate")) {
            Files.writeString(guide, replace(text, captures), StandardCharsets.UTF_8);
        }
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher matcher = REGION.matcher(Files.readString(guide, StandardCharsets.UTF_8));
        while (matcher.find()) {
            shown.put(matcher.group(1), matcher.group(2));
        }
        assertThat(shown).as("docs/tui.md's generated regions (regenerate with -Dstrata.regenerate=true)")
                .isEqualTo(captures);
    }

    private static String replace(String text, Map<String, String> regions) {
        Matcher matcher = REGION.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String body = regions.getOrDefault(name, matcher.group(2));
            matcher.appendReplacement(result, Matcher.quoteReplacement(
                    "<!-- " + name + " -->\n" + body + "<!-- /" + name + " -->\n"));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The keys and commands as Markdown tables. */
    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        StringBuilder keys = new StringBuilder("| key | where | what it does |\n|---|---|---|\n");
        for (Keys.Key key : Keys.FUNCTION) {
            keys.append(String.format("| %s | every pane | %s |\n", key.name(), key.help()));
        }
        for (Keys.Key key : Keys.PANES) {
            keys.append(String.format("| %s | not the console | %s |\n", key.name(), key.help()));
        }
        for (Keys.Key key : Keys.CONSOLE) {
            keys.append(String.format("| %s | the console | %s |\n", key.name(), key.help()));
        }
        tables.put("keys", keys.toString());
        StringBuilder commands = new StringBuilder("| command | what it does |\n|---|---|\n");
        for (Commands.Command command : Commands.ALL) {
            String names = String.join(", ", command.names().stream().map(n -> "`" + command.usage(n) + "`").toList());
            commands.append(String.format("| %s | %s |\n", names.replace("|", "\\|"), command.help()));
        }
        tables.put("commands", commands.toString());
        return tables;
    }

    /** Every capture, by name, in the guide's order. */
    private Map<String, String> captures() throws Exception {
        Program hello = TestPrograms.program(TestPrograms.HELLO, folder);
        Program paging = TestPrograms.program(TestPrograms.PAGING, folder);
        Map<String, String> captures = new LinkedHashMap<>();
        try (Headless ui = atPuts(hello, 80, 24)) {
            captures.put("small", block(ui.text()));
        }
        try (Headless ui = atPuts(hello, 150, 40)) {
            captures.put("large", block(ui.text()));
        }
        try (Headless ui = atPuts(hello, 80, 24)) {
            captures.put("disassembly", zoom(ui, "Disassembly"));
            ui.press(KeyType.F2).press(KeyType.F11).awaitText("step done");
            captures.put("registers", zoom(ui, "Registers"));
            ui.press(KeyType.F2).command("mem a0");
            captures.put("memory", zoom(ui, "Memory"));
            ui.press(KeyType.F2).command("info b");
            ui.command("p a0");
            ui.command("x/4w greeting");
            ui.press(KeyType.F5).awaitText("the guest passed");
            captures.put("console", zoom(ui, "Console"));
            ui.press(KeyType.F2);
            captures.put("counters", zoom(ui, "Counters"));
            ui.press(KeyType.F2);
            captures.put("log", zoom(ui, "Log"));
        }
        try (Headless ui = new Headless(paging, "paging.elf", 80, 24)) {
            ui.command("until supervisor").awaitText("run to address done");
            for (int i = 0; i < 4; i++) {
                ui.press(KeyType.F11).awaitStop();
            }
            ui.command("walk 0x40000000");
            captures.put("mmu", zoom(ui, "MMU"));
        }
        Path root = Path.of(System.getProperty("strata.root", ".."));
        Path image = folder.resolve("strata.img");
        ImageFile.write(image, DefaultImage.build(root.resolve("images/rootfs"), root.resolve("os/target"), 0L));
        Program kernel = Program.read(ImageFile.readFile(image, DefaultImage.KERNEL));
        try (Headless ui = new Headless(kernel, OverlayDisk.open(image), "strata.img", 80, 24)) {
            ui.command("b sys_waitid");
            ui.press(KeyType.F5).awaitText("stopped: breakpoint 1");
            captures.put("processes", zoom(ui, "Processes"));
        }
        try (Headless ui = new Headless(hello, "hello.elf", 100, 50)) {
            captures.put("help", block(ui.press(new KeyStroke('?', false, false)).text()));
        }
        return captures;
    }

    /** hello stopped at a breakpoint on puts. */
    private static Headless atPuts(Program hello, int columns, int rows) throws Exception {
        Headless ui = new Headless(hello, "hello.elf", columns, rows);
        ui.command("b puts");
        ui.press(KeyType.F5).awaitText("stopped: breakpoint 1");
        return ui;
    }

    /** The screen with the pane {@code title} shown in the focused slot (F3) and zoomed (F2). */
    private static String zoom(Headless ui, String title) throws IOException {
        for (int i = 0; i < Panes.Kind.values().length && !ui.text().contains("-- " + title + " *"); i++) {
            ui.press(KeyType.F3);
        }
        return block(ui.press(KeyType.F2).text());
    }

    /** The screen as a Markdown code block, without its trailing empty lines. */
    private static String block(String screen) {
        return "```\n" + screen.replaceAll("\n+$", "\n") + "```\n";
    }
}
