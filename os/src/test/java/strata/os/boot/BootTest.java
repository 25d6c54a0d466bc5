package strata.os.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import strata.testkit.Qemu;

/**
 * The boot path without a program to run: M-mode start-up, the device tree's memory node, the
 * page allocator's report, paging on, and the message that there is no init. QEMU's virt board
 * is the reference: {@code NAME.out} is what QEMU printed (and the status it exited with) for the
 * same kernel ELF, and Strata must print the same. Where QEMU is installed it runs again and must
 * still print it; {@code -Dstrata.regenerate=true} rewrites the expectations from QEMU.
 */
class BootTest {

    @TestFactory
    Stream<DynamicTest> strataPrintsWhatQemuPrinted() {
        return Stream.of(3, 64, 128).map(ram -> DynamicTest.dynamicTest(ram + " MiB", () -> {
            KernelBoot.Outcome outcome = KernelBoot.strata(ram, null);
            assertThat(outcome.transcript()).isEqualTo(KernelBoot.expected(BootTest.class, name(ram)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> qemuStillPrintsTheExpectation() {
        return Stream.of(3, 64, 128).map(ram -> DynamicTest.dynamicTest(ram + " MiB", () -> {
            Qemu.requireSystem();
            String qemu = KernelBoot.qemu(ram, null).transcript();
            if (KernelBoot.regenerating()) {
                KernelBoot.regenerate(BootTest.class, name(ram), qemu);
            }
            assertThat(qemu).isEqualTo(KernelBoot.expected(BootTest.class, name(ram)));
        }));
    }

    @Test
    void theMemoryReportFollowsTheDeviceTree() {
        assertThat(KernelBoot.strata(64, null).console())
                .contains("memory: 65536 KiB at 0x80000000, kernel ")
                .contains("kernel: no initrd and no disk (No such device): no program to run as init\r\n");
    }

    private static String name(int ramMiB) {
        return "no-initrd-" + ramMiB + "M.out";
    }
}
