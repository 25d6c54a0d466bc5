package strata.os.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import strata.os.boot.KernelBoot;
import strata.testkit.Qemu;
import strata.testkit.Run;

/**
 * User space is all of 0..0x80000000: the devices live in the kernel's window above RAM
 * (docs/boot.md). {@code brk.S} grows the program break by 32 MiB in steps, past where the
 * finisher and the UART were once mapped, writes and reads back every page, shrinks and grows
 * again; it is a plain Linux program, so qemu-riscv32 (Linux's brk) must print what it printed as
 * init on Strata and on QEMU's virt board with the same kernel ({@code brk.out}). {@code devices.S}
 * touches 0x100000, 0x10000000 and the kernel's window from children, which the kernel kills with
 * its segmentation fault message while the parent goes on ({@code devices.out}). The brk memory
 * is given back: KernelTest's {@code exhaust} case grows the break until memory runs out, twice,
 * to the same break. Expectations come from QEMU's virt board ({@code -Dstrata.regenerate=true}).
 * And RAM stays below the window whatever size the device tree announces.
 */
class BrkTest {
    private static final int RAM_MIB = 128;
    private static final List<String> CASES = List.of("brk", "devices");

    @TestFactory
    Stream<DynamicTest> strataPrintsWhatQemuPrinted() {
        return CASES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            KernelBoot.Outcome outcome = KernelBoot.strata(RAM_MIB, program(name));
            assertThat(outcome.transcript()).isEqualTo(KernelBoot.expected(BrkTest.class, name + ".out"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> qemuStillPrintsTheExpectation(@TempDir Path directory) {
        return CASES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Qemu.requireSystem();
            Path initrd = directory.resolve(name);
            Files.write(initrd, program(name));
            String qemu = KernelBoot.qemu(RAM_MIB, initrd).transcript();
            if (KernelBoot.regenerating()) {
                KernelBoot.regenerate(BrkTest.class, name + ".out", qemu);
            }
            assertThat(qemu).isEqualTo(KernelBoot.expected(BrkTest.class, name + ".out"));
        }));
    }

    @Test
    void linuxBrkPrintsWhatTheKernelPrinted(@TempDir Path directory) throws Exception {
        Qemu.requireUser();
        Path program = directory.resolve("brk");
        Files.write(program, program("brk"));
        program.toFile().setExecutable(true);

        Run run = Qemu.user(program).run();

        assertThat(run.status()).as(run.stderr()).isZero();
        String expected = programLines(KernelBoot.expected(BrkTest.class, "brk.out"));
        assertThat(expected).contains("steps of 1 MiB granted (of 32): 32\n", "pages read back wrong: 0\n");
        assertThat(run.stdout()).isEqualTo(expected);
    }

    /**
     * RAM never reaches the device window at 0xffc00000: with 3 GiB (which QEMU gives a 32-bit
     * board, Strata's machine stops at 1 GiB) the kernel uses 2044 MiB, up to the window, and
     * boots as with any other size.
     */
    @Test
    void ramBeyondTheDeviceWindowIsLeftUnused(@TempDir Path directory) throws Exception {
        Qemu.requireSystem();
        Path initrd = directory.resolve("brk");
        Files.write(initrd, program("brk"));

        KernelBoot.Outcome outcome = KernelBoot.qemu(3072, initrd);

        assertThat(outcome.console()).contains("memory: 2093056 KiB at 0x80000000,", "back to the first break: 1");
        assertThat(outcome.status()).isZero();
    }

    private static byte[] program(String name) {
        return KernelBoot.userProgram("/strata/os/kernel/" + name + ".S");
    }

    /** The program's own lines of a console capture, as SignalsTest takes them. */
    private static String programLines(String console) {
        int start = console.indexOf('\n', console.indexOf("initrd: ")) + 1;
        int end = console.indexOf("kernel: init exited");
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        return console.substring(start, end).replace("\r\n", "\n");
    }
}
