package strata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.elf.ElfWriter;
import strata.assembler.link.LinkInput;
import strata.assembler.link.LinkOptions;
import strata.assembler.link.Linker;

/**
 * {@code strata exec} on a terminal: a pseudo-terminal from {@code script} (util-linux) runs it
 * between two {@code stty -g}. Keys reach the guest as typed, without echo; Ctrl-A X quits with
 * status 0; the terminal's settings are the same after the run as before. Skipped without
 * {@code script}.
 */
class TerminalTest {
    /** Not a timing assertion: a bound, so that a run that never ends fails the test. */
    private static final long LIMIT_SECONDS = 60;
    private static final String PROMPT = "ready>";
    /** Prints the prompt, then sends back each key in upper case, interrupt-driven, until EOT. */
    private static final String PROGRAM = """
            .equ UART, 0x10000000
            .globl _start
            _start:
                li s0, UART
                la s1, prompt
            1:  lbu a0, 0(s1)
                beqz a0, 2f
                sb a0, 0(s0)
                addi s1, s1, 1
                j 1b
            2:  li t0, 1
                sb t0, 1(s0)                # receive interrupts on
                li t0, 0x0c000000 + 4 * 10  # priority 1 for source 10, enabled for context 0
                li t1, 1
                sw t1, 0(t0)
                li t0, 0x0c002000
                li t1, 1 << 10
                sw t1, 0(t0)
                li t0, 1 << 11
                csrw mie, t0                # MEIE: WFI wakes for the UART (mstatus.MIE stays off)
            3:  wfi
                lbu t0, 5(s0)
                andi t0, t0, 1
                beqz t0, 3b
                lbu a0, 0(s0)
                li t0, 0x0c200004
                lw t1, 0(t0)                # claim and complete source 10
                sw t1, 0(t0)
                li t0, 'a'
                blt a0, t0, 4f
                addi a0, a0, 'A' - 'a'
            4:  sb a0, 0(s0)
                j 3b
            prompt: .asciz "ready>"
            """;

    @TempDir
    Path folder;

    @Test
    void keysGoToTheGuestRawAndCtrlAXQuitsAndRestoresTheTerminal() throws Exception {
        assumeTrue(onPath("script"), "script (util-linux) is not installed");
        Path elf = folder.resolve("keys.elf");
        var assembled = Assembler.assemble("keys.S", PROGRAM, AssemblerOptions.defaults());
        assertThat(assembled.hasErrors()).as(assembled.report()).isFalse();
        var linked = Linker.link(List.of(new LinkInput("keys.S", assembled.object())), LinkOptions.defaults());
        Files.write(elf, ElfWriter.write(linked.executable()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String session = "stty -g; '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' strata.cli.Main exec '" + elf + "'; echo status=$?; stty -g";
        Process process = new ProcessBuilder("script", "-qec", session, "/dev/null")
                .redirectErrorStream(true).start();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        OutputStream keys = process.getOutputStream();
        try {
            waitFor(process.getInputStream(), screen, PROMPT);
            keys.write("hi".getBytes(StandardCharsets.US_ASCII));
            keys.flush();
            waitFor(process.getInputStream(), screen, "HI");
            keys.write(new byte[] {ConsoleEscape.CTRL_A, 'x'});
            keys.flush();
            assertThat(process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)).as("the session ended: %s", screen).isTrue();
            screen.write(process.getInputStream().readAllBytes());
        } finally {
            keys.close();
            process.destroyForcibly();
        }
        List<String> lines = screen.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).as("no echo of the keys: the guest's answer alone").isEqualTo(PROMPT + "HI"
                + "strata exec: terminated from the console");
        assertThat(lines.get(2)).isEqualTo("status=0");
        assertThat(lines.get(3)).as("the settings are back").isEqualTo(lines.get(0));
    }

    /** Reads the screen until it shows {@code text}. */
    private static void waitFor(InputStream in, ByteArrayOutputStream screen, String text) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        while (!screen.toString(StandardCharsets.UTF_8).contains(text)) {
            assertThat(System.nanoTime()).as("waiting for %s in %s", text, screen).isLessThan(deadline);
            int value = in.read();
            assertThat(value).as("the session ended before %s: %s", text, screen).isNotNegative();
            screen.write(value);
        }
    }

    private static boolean onPath(String command) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
