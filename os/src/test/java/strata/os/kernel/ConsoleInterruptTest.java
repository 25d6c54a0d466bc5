package strata.os.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.cpu.board.ConsoleInput;
import strata.cpu.board.Machine;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;
import strata.cpu.board.Stop;
import strata.os.boot.KernelBoot;
import strata.testkit.Qemu;

/**
 * ^C reaches programs that never read the console (os/kernel/console.S: the receiver stays armed
 * and ^C acts as it arrives, throwing the type-ahead away): {@code ctrlc.S} as init runs a child
 * that handles SIGINT and one that does not, each spinning in user mode, and the keys are typed
 * only once the console shows the line they answer, as a person would: "typed ahead" and ^C
 * after "spinning with a handler", ^C after "spinning without", "kept" and a newline after
 * "reading", and then, while init spins, twenty lines more than the kernel's type-ahead ring holds
 * and ^D. The handler runs, the second child is killed by SIGINT (waitid's report), init's read
 * gets "kept" alone, and then every line (the ring stops taking bytes while full: none is lost). Strata shows what QEMU's virt board showed for the same kernel, program
 * and keys ({@code ctrlc.out}, rewritten from QEMU with {@code -Dstrata.regenerate=true}).
 */
class ConsoleInterruptTest {
    private static final int RAM_MIB = 128;
    private static final String EXPECTED = "ctrlc.out";
    /** The lines the keys wait for, and the keys. */
    private static final List<String[]> KEYS = List.of(
            new String[] {"spinning with a handler\r\n", "typed ahead\u0003"},
            new String[] {"spinning without\r\n", "\u0003"},
            new String[] {"reading\r\n", "kept\n" + lines()});
    /** Typed after "kept": more than the kernel's type-ahead ring (256 bytes) holds. */
    private static final int LINES_AFTER = 20;
    private static final long QEMU_PATIENCE_SECONDS = 60;

    @Test
    void strataShowsWhatQemuShowed() throws IOException, ProgramException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Machine machine = new Machine(Program.read(Files.readAllBytes(KernelBoot.kernel())),
                Machine.Config.of(console).withRam(RAM_MIB << 20).withInput(new Keys(console))
                        .withInitrd(KernelBoot.userProgram("/strata/os/kernel/ctrlc.S")));
        Stop stop = machine.run(KernelBoot.INSTRUCTION_LIMIT);
        machine.finishConsole();
        String shown = console.toString(StandardCharsets.ISO_8859_1);
        assertThat(stop).as(shown).isInstanceOf(Stop.PowerOff.class);
        assertThat(report(shown, stop.status())).isEqualTo(KernelBoot.expected(ConsoleInterruptTest.class, EXPECTED));
        assertThat(KernelBoot.expected(ConsoleInterruptTest.class, EXPECTED))
                .doesNotContain("typed ahead")                      // never echoed: ^C threw it away
                .contains("spinning with a handler\r\n^C\r\nSIGINT in the handler\r\n")
                .contains("si_code: 1\r\nsi_status: 7\r\n")        // CLD_EXITED, 7
                .contains("spinning without\r\n^C\r\nsi_signo: 17\r\nsi_code: 2\r\nsi_status: 2\r\n") // CLD_KILLED, SIGINT
                .contains("reading\r\nkept\r\nread: kept\r\n")
                .contains(lines().replace("\n", "\r\n").replace("\u0004", "") + "lines after: " + LINES_AFTER + "\r\nbytes after: "
                        + (lines().length() - 1) + "\r\n");
    }

    /** LINES_AFTER lines of 40 bytes, then ^D. */
    private static String lines() {
        StringBuilder lines = new StringBuilder();
        for (int line = 1; line <= LINES_AFTER; line++) {
            lines.append(String.format("line %02d of those typed while init spins\n", line));
        }
        return lines.append('\u0004').toString();
    }

    @Test
    void qemuStillShowsTheExpectation(@TempDir Path directory) throws IOException, InterruptedException {
        Qemu.requireSystem();
        Path initrd = directory.resolve("ctrlc.elf");
        Files.write(initrd, KernelBoot.userProgram("/strata/os/kernel/ctrlc.S"));
        List<String> line = new ArrayList<>(List.of(Qemu.SYSTEM));
        line.addAll(Qemu.VIRT);
        line.addAll(List.of("-m", RAM_MIB + "M", "-bios", "none", "-kernel", KernelBoot.kernel().toString(),
                "-initrd", initrd.toString()));
        Process qemu = new ProcessBuilder(line).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copy(qemu.getInputStream(), console), "qemu-console");
        reader.setDaemon(true);
        reader.start();
        try {
            OutputStream keys = qemu.getOutputStream();
            int mark = 0;
            long patience = System.nanoTime() + TimeUnit.SECONDS.toNanos(QEMU_PATIENCE_SECONDS);
            for (String[] key : KEYS) {
                int at;
                while ((at = shown(console).indexOf(key[0], mark)) < 0) {
                    assertThat(System.nanoTime()).as("'%s' on QEMU's console; it showed:%n%s", key[0], shown(console))
                            .isLessThan(patience);
                    Thread.sleep(10);
                }
                mark = at + key[0].length();
                keys.write(key[1].getBytes(StandardCharsets.ISO_8859_1));
                keys.flush();
            }
            assertThat(qemu.waitFor(QEMU_PATIENCE_SECONDS, TimeUnit.SECONDS)).as("QEMU powered off; it showed:%n%s", shown(console)).isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(QEMU_PATIENCE_SECONDS));
            String report = report(shown(console), qemu.exitValue());
            if (KernelBoot.regenerating()) {
                KernelBoot.regenerate(ConsoleInterruptTest.class, EXPECTED, report);
            }
            assertThat(report).isEqualTo(KernelBoot.expected(ConsoleInterruptTest.class, EXPECTED));
        } finally {
            qemu.destroyForcibly();
        }
    }

    /**
     * The keys for Strata's machine: each group once the console shows its line (after the last
     * one's), a byte at a time when the machine asks; nothing before. The console is what the
     * machine wrote, flushed after every burst of instructions, so the points where the keys come
     * are fixed by the run itself: the run is deterministic.
     */
    private static final class Keys implements ConsoleInput {
        private final ByteArrayOutputStream console;
        private int group;
        private int next;
        private int mark;

        Keys(ByteArrayOutputStream console) {
            this.console = console;
        }

        @Override
        public int next() {
            if (group == KEYS.size()) {
                return END;
            }
            String[] key = KEYS.get(group);
            if (next == 0) {
                int at = console.toString(StandardCharsets.ISO_8859_1).indexOf(key[0], mark);
                if (at < 0) {
                    return NONE;
                }
                mark = at + key[0].length();
            }
            int value = key[1].charAt(next++);
            if (next == key[1].length()) {
                group++;
                next = 0;
            }
            return value;
        }

        @Override
        public boolean interactive() {
            return false;
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream console) {
        byte[] buffer = new byte[4096];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (console) {
                    console.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // QEMU went away: the console ends here.
        }
    }

    private static String shown(ByteArrayOutputStream console) {
        synchronized (console) {
            return console.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String report(String console, int status) {
        return new KernelBoot.Outcome(console, status).transcript();
    }
}
