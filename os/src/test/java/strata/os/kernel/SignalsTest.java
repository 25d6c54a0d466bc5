package strata.os.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.os.boot.KernelBoot;
import strata.testkit.Qemu;
import strata.testkit.Run;

/**
 * Signals against Linux itself: {@code signals.S} is a plain Linux riscv32 program (handlers,
 * masks, sigreturn, SA_RESETHAND, a caught SIGSEGV, a bad sigreturn frame, an interrupted
 * sleep), so qemu-riscv32 runs it on the host's Linux signal semantics. What it prints there must
 * be what it printed as init on Strata and on QEMU's virt board with the Strata kernel
 * ({@code signals.out}, KernelTest's expectation, between the kernel's banner and its last words).
 */
class SignalsTest {

    @Test
    void linuxPrintsWhatTheKernelPrinted(@TempDir Path directory) throws Exception {
        Qemu.requireUser();
        Path program = directory.resolve("signals");
        Files.write(program, KernelBoot.userProgram("/strata/os/kernel/signals.S"));
        program.toFile().setExecutable(true);

        Run run = Qemu.user(program).run();

        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo(programLines(KernelBoot.expected(KernelTest.class, "signals.out")));
    }

    /**
     * The program's own lines of a console capture: after the initrd line, before init's end,
     * with the console's CR LF back to the program's LF.
     */
    private static String programLines(String console) {
        int start = console.indexOf('\n', console.indexOf("initrd: ")) + 1;
        int end = console.indexOf("kernel: init exited");
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        return console.substring(start, end).replace("\r\n", "\n");
    }
}
