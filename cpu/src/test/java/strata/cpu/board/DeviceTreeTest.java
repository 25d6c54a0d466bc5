package strata.cpu.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a kernel reads from the board's device tree: RAM, timebase, ISA, the devices with their
 * registers and interrupts. DeviceTreeQemuTest compares the whole tree with QEMU's.
 */
class DeviceTreeTest {
    private static final String ISA = "rv32ima_zicsr_zifencei";
    private final Map<String, Map<String, byte[]>> tree = FdtReader.read(DeviceTree.virt(128L << 20, ISA));

    @Test
    void theNodesAreQemusInQemusOrder() {
        assertThat(tree.keySet()).containsExactly("/", "/chosen", "/poweroff", "/reboot", "/memory@80000000",
                "/cpus", "/cpus/cpu@0", "/cpus/cpu@0/interrupt-controller", "/cpus/cpu-map",
                "/cpus/cpu-map/cluster0", "/cpus/cpu-map/cluster0/core0", "/soc", "/soc/rtc@101000",
                "/soc/serial@10000000", "/soc/test@100000", "/soc/virtio_mmio@10008000", "/soc/virtio_mmio@10007000",
                "/soc/virtio_mmio@10006000", "/soc/virtio_mmio@10005000", "/soc/virtio_mmio@10004000",
                "/soc/virtio_mmio@10003000", "/soc/virtio_mmio@10002000", "/soc/virtio_mmio@10001000",
                "/soc/plic@c000000", "/soc/clint@2000000");
    }

    @Test
    void memoryIsTheRamSize() {
        assertThat(cells("/memory@80000000", "reg")).containsExactly(0, 0x80000000, 0, 128 << 20);
        Map<String, Map<String, byte[]>> small = FdtReader.read(DeviceTree.virt(16L << 20, ISA));
        assertThat(cells(small, "/memory@80000000", "reg")).containsExactly(0, 0x80000000, 0, 16 << 20);
        assertThat(text("/memory@80000000", "device_type")).isEqualTo("memory");
    }

    @Test
    void theHartHasTheTimebaseTheIsaAndSv32() {
        assertThat(cells("/cpus", "timebase-frequency")).containsExactly(10_000_000);
        assertThat(text("/cpus/cpu@0", "riscv,isa")).isEqualTo(ISA);
        assertThat(text("/cpus/cpu@0", "mmu-type")).isEqualTo("riscv,sv32");
        assertThat(cells("/cpus/cpu@0", "reg")).containsExactly(0);
    }

    @Test
    void theDevicesHaveTheirRegistersAndInterrupts() {
        assertThat(cells("/soc/serial@10000000", "reg")).containsExactly(0, 0x10000000, 0, 0x100);
        assertThat(cells("/soc/serial@10000000", "interrupts")).containsExactly(10);
        assertThat(cells("/soc/serial@10000000", "clock-frequency")).containsExactly(3_686_400);
        assertThat(cells("/soc/rtc@101000", "interrupts")).containsExactly(11);
        assertThat(cells("/soc/plic@c000000", "riscv,ndev")).containsExactly(96);
        assertThat(cells("/soc/plic@c000000", "interrupts-extended")).containsExactly(2, 11, 2, 9);
        assertThat(cells("/soc/clint@2000000", "interrupts-extended")).containsExactly(2, 3, 2, 7);
        for (int slot = 0; slot < 8; slot++) {
            String node = "/soc/virtio_mmio@" + Integer.toHexString(0x10001000 + slot * 0x1000);
            assertThat(cells(node, "reg")).containsExactly(0, 0x10001000 + slot * 0x1000, 0, 0x1000);
            assertThat(cells(node, "interrupts")).containsExactly(slot + 1);
            assertThat(cells(node, "interrupt-parent")).containsExactly(3);
            assertThat(text(node, "compatible")).isEqualTo("virtio,mmio");
        }
        assertThat(cells("/soc/clint@2000000", "reg")).containsExactly(0, 0x2000000, 0, 0x10000);
        assertThat(text("/soc/test@100000", "compatible")).isEqualTo("sifive,test1\0sifive,test0\0syscon");
    }

    @Test
    void theConsoleIsTheUartAndPowerGoesThroughTheTestFinisher() {
        assertThat(text("/chosen", "stdout-path")).isEqualTo("/soc/serial@10000000");
        assertThat(cells("/poweroff", "value")).containsExactly(0x5555);
        assertThat(cells("/reboot", "value")).containsExactly(0x7777);
        assertThat(cells("/poweroff", "regmap")).isEqualTo(cells("/soc/test@100000", "phandle"));
    }

    @Test
    void theTreeFitsBelowTheRamEndOnA2MiBBoundary() {
        assertThat(VirtBoard.fdtAddress(128L << 20, 2000)).isEqualTo(0x87e00000L);
        assertThat(VirtBoard.fdtAddress(64L << 20, 2000)).isEqualTo(0x83e00000L);
        assertThat(VirtBoard.fdtAddress(1024L << 20, 2000)).as("below 3 GiB").isEqualTo(0xbfe00000L);
    }

    private int[] cells(String node, String property) {
        return cells(tree, node, property);
    }

    private static int[] cells(Map<String, Map<String, byte[]>> tree, String node, String property) {
        ByteBuffer value = ByteBuffer.wrap(tree.get(node).get(property));
        int[] cells = new int[value.remaining() / 4];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = value.getInt();
        }
        return cells;
    }

    private String text(String node, String property) {
        byte[] value = tree.get(node).get(property);
        return new String(value, 0, value.length - 1, StandardCharsets.US_ASCII);
    }
}
