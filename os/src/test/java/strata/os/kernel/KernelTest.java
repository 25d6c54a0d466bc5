package strata.os.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import strata.os.boot.KernelBoot;
import strata.testkit.Qemu;

/**
 * The kernel with a program to run: the initrd holds a user program that the kernel loads as
 * /sbin/init (ELF loader, initial stack, U-mode, system calls, faults). Each case's console
 * and exit status must be what QEMU's virt board gave for the same kernel and initrd, kept in
 * {@code NAME.out}; where QEMU is installed it runs again and must give it still
 * ({@code -Dstrata.regenerate=true} rewrites the expectations from QEMU).
 */
class KernelTest {
    private static final int RAM_MIB = 128;

    /** A named initrd, what is typed on the console, and the machine's RAM. */
    record Case(String name, Supplier<byte[]> initrd, byte[] input, int ramMiB) {
        Case(String name, Supplier<byte[]> initrd) {
            this(name, initrd, new byte[0], RAM_MIB);
        }

        Case(String name, Supplier<byte[]> initrd, byte[] input) {
            this(name, initrd, input, RAM_MIB);
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("syscalls", () -> KernelBoot.userProgram("/strata/os/kernel/syscalls.S")),
                new Case("fork", () -> KernelBoot.userProgram("/strata/os/kernel/fork.S")),
                new Case("kill", () -> KernelBoot.userProgram("/strata/os/kernel/kill.S")),
                new Case("sleep", () -> KernelBoot.userProgram("/strata/os/kernel/sleep.S")),
                new Case("mmap", () -> KernelBoot.userProgram("/strata/os/kernel/mmap.S")),
                new Case("threads", () -> KernelBoot.userProgram("/strata/os/kernel/threads.S")),
                new Case("signals", () -> KernelBoot.userProgram("/strata/os/kernel/signals.S")),
                new Case("signals-sleep", () -> KernelBoot.userProgram("/strata/os/kernel/signals-sleep.S")),
                new Case("share", () -> KernelBoot.userProgram("/strata/os/kernel/share.S")),
                new Case("exhaust", () -> KernelBoot.userProgram("/strata/os/kernel/exhaust.S"), new byte[0], 8),
                new Case("console-read", () -> KernelBoot.userProgram("/strata/os/kernel/console-read.S"),
                        "hello, console\n".getBytes()),
                new Case("faults-illegal", () -> KernelBoot.userProgram("/strata/os/kernel/illegal.S")),
                new Case("faults-kernel-store", () -> KernelBoot.userProgram("/strata/os/kernel/kernel-store.S")),
                new Case("faults-text-store", () -> KernelBoot.userProgram("/strata/os/kernel/text-store.S")),
                new Case("low-segment", () -> KernelBoot.userProgram("/strata/os/kernel/low-segment.S", 0xff000)),
                new Case("not-elf", () -> "#!/bin/sh\necho this is not a program\n".getBytes()),
                new Case("truncated-elf", () -> Arrays.copyOf(KernelBoot.userProgram("/strata/os/kernel/syscalls.S"), 200)),
                new Case("wrong-machine", () -> {
                    byte[] elf = KernelBoot.userProgram("/strata/os/kernel/syscalls.S");
                    elf[18] = 62; // EM_X86_64
                    return elf;
                }));
    }

    @TestFactory
    Stream<DynamicTest> strataPrintsWhatQemuPrinted() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String strata = KernelBoot.strata(c.ramMiB(), c.initrd().get(), null, c.input()).transcript();
            assertThat(strata).isEqualTo(KernelBoot.expected(KernelTest.class, c.name() + ".out"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> qemuStillPrintsTheExpectation(@TempDir Path directory) {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Qemu.requireSystem();
            Path initrd = directory.resolve(c.name());
            Files.write(initrd, c.initrd().get());
            String qemu = KernelBoot.qemu(c.ramMiB(), initrd, null, c.input()).transcript();
            if (KernelBoot.regenerating()) {
                KernelBoot.regenerate(KernelTest.class, c.name() + ".out", qemu);
            }
            assertThat(qemu).isEqualTo(KernelBoot.expected(KernelTest.class, c.name() + ".out"));
        }));
    }

    /**
     * The figure for docs/performance.md: instructions retired from reset to the first user
     * instruction. Deterministic (time comes from retired instructions), so two boots agree.
     */
    @Test
    void instructionsFromResetToUserModeAreTheSameOnEveryBoot() throws IOException {
        byte[] init = KernelBoot.userProgram("/strata/os/kernel/syscalls.S");
        long first = KernelBoot.instructionsToUserMode(RAM_MIB, init);
        long second = KernelBoot.instructionsToUserMode(RAM_MIB, init);
        System.out.printf("instructions from reset to the first user instruction (%d MiB): %,d%n", RAM_MIB, first);
        assertThat(second).isEqualTo(first);
        assertThat(first).isBetween(100_000L, 20_000_000L);
    }
}
