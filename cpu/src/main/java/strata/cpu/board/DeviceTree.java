package strata.cpu.board;

import strata.cpu.dev.Clock;
import strata.cpu.dev.Plic;
import strata.cpu.dev.SifiveTest;
import strata.cpu.dev.Uart16550;

/**
 * The device tree of Strata's virt board, as the blob QEMU 7.2's {@code virt} machine passes in
 * a1: the same nodes, properties, order and phandles for everything the board has (memory, the
 * hart and its interrupt controller, CLINT, PLIC, UART, RTC, test finisher with its poweroff and
 * reboot nodes, the virtio-mmio slots, the console in /chosen), so a kernel finds RAM size,
 * timebase and devices the same way on both. The eight virtio-mmio slots are all listed, highest
 * first, as QEMU lists them whether or not a device sits in them. QEMU's nodes for devices Strata
 * does not have (PCI, flash, fw-cfg, the platform bus, the PMU) are left out, and so is
 * /chosen/rng-seed, which is random on QEMU and would make runs differ. {@code riscv,isa} names
 * what the hart implements.
 */
public final class DeviceTree {
    /** Phandles as QEMU numbers them. */
    private static final int CPU = 1, CPU_INTC = 2, PLIC = 3, TEST = 4;
    /** Interrupt numbers at the hart's interrupt controller (mip bits). */
    private static final int MSI = 3, MTI = 7, SEI = 9, MEI = 11;

    private DeviceTree() {
    }

    /** The blob for a board with {@code ramSize} bytes of RAM and one hart implementing {@code isa}. */
    public static byte[] virt(long ramSize, String isa) {
        return virt(ramSize, isa, -1, 0);
    }

    /**
     * As {@link #virt(long, String)}, with an initial RAM disk of {@code initrdSize} bytes at
     * {@code initrdStart} (negative: none) named in /chosen as QEMU 7.2's -initrd names it: one
     * cell each for {@code linux,initrd-start} and {@code linux,initrd-end}, which come first in
     * the node because libfdt puts a property added later before the others.
     */
    public static byte[] virt(long ramSize, String isa, long initrdStart, int initrdSize) {
        Fdt fdt = new Fdt().begin("")
                .cells("#address-cells", 2).cells("#size-cells", 2)
                .strings("compatible", "riscv-virtio").strings("model", "riscv-virtio,qemu");
        fdt.begin("chosen");
        if (initrdStart >= 0) {
            fdt.cells("linux,initrd-end", initrdStart + initrdSize).cells("linux,initrd-start", initrdStart);
        }
        fdt.strings("stdout-path", "/soc/" + node("serial", VirtBoard.UART0)).end();
        finisher(fdt, "poweroff", SifiveTest.PASS);
        finisher(fdt, "reboot", SifiveTest.RESET);
        fdt.begin(node("memory", VirtBoard.DRAM)).strings("device_type", "memory")
                .cells("reg", reg(VirtBoard.DRAM, ramSize)).end();
        cpus(fdt, isa);
        soc(fdt);
        return fdt.end().finish();
    }

    /**
     * The {@code riscv,isa} string for a hart whose {@code misa} is {@code misa}: {@code rv32},
     * the single-letter extensions in canonical order, then Zicsr and Zifencei, which every
     * Strata hart has ({@code rv32ima_zicsr_zifencei}).
     */
    public static String isa(int misa) {
        StringBuilder isa = new StringBuilder("rv32");
        for (char letter : "imafdqcbkjtpvh".toCharArray()) {
            if ((misa & 1 << (letter - 'a')) != 0) {
                isa.append(letter);
            }
        }
        return isa.append("_zicsr_zifencei").toString();
    }

    private static void finisher(Fdt fdt, String name, int value) {
        fdt.begin(name).cells("value", value).cells("offset", 0).cells("regmap", TEST)
                .strings("compatible", "syscon-" + name).end();
    }

    private static void cpus(Fdt fdt, String isa) {
        fdt.begin("cpus").cells("#address-cells", 1).cells("#size-cells", 0)
                .cells("timebase-frequency", Clock.FREQUENCY);
        fdt.begin("cpu@0").cells("phandle", CPU).strings("device_type", "cpu").cells("reg", 0)
                .strings("status", "okay").strings("compatible", "riscv").strings("riscv,isa", isa)
                .strings("mmu-type", "riscv,sv32");
        fdt.begin("interrupt-controller").cells("#interrupt-cells", 1).flag("interrupt-controller")
                .strings("compatible", "riscv,cpu-intc").cells("phandle", CPU_INTC).end();
        fdt.end();
        fdt.begin("cpu-map").begin("cluster0").begin("core0").cells("cpu", CPU).end().end().end();
        fdt.end();
    }

    private static void soc(Fdt fdt) {
        fdt.begin("soc").cells("#address-cells", 2).cells("#size-cells", 2)
                .strings("compatible", "simple-bus").flag("ranges");
        fdt.begin(node("rtc", VirtBoard.RTC)).cells("interrupts", VirtBoard.RTC_IRQ).cells("interrupt-parent", PLIC)
                .cells("reg", reg(VirtBoard.RTC, VirtBoard.RTC_SIZE)).strings("compatible", "google,goldfish-rtc")
                .end();
        fdt.begin(node("serial", VirtBoard.UART0)).cells("interrupts", VirtBoard.UART0_IRQ)
                .cells("interrupt-parent", PLIC).cells("clock-frequency", Uart16550.CLOCK_HZ)
                .cells("reg", reg(VirtBoard.UART0, VirtBoard.UART0_SIZE)).strings("compatible", "ns16550a").end();
        fdt.begin(node("test", VirtBoard.TEST)).cells("phandle", TEST)
                .cells("reg", reg(VirtBoard.TEST, VirtBoard.TEST_SIZE))
                .strings("compatible", "sifive,test1", "sifive,test0", "syscon").end();
        for (int slot = VirtBoard.VIRTIO_COUNT - 1; slot >= 0; slot--) {
            long base = VirtBoard.VIRTIO + slot * VirtBoard.VIRTIO_SIZE;
            fdt.begin(node("virtio_mmio", base)).cells("interrupts", VirtBoard.VIRTIO_IRQ + slot)
                    .cells("interrupt-parent", PLIC).cells("reg", reg(base, VirtBoard.VIRTIO_SIZE))
                    .strings("compatible", "virtio,mmio").end();
        }
        fdt.begin(node("plic", VirtBoard.PLIC)).cells("phandle", PLIC).cells("riscv,ndev", Plic.SOURCES)
                .cells("reg", reg(VirtBoard.PLIC, VirtBoard.PLIC_SIZE))
                .cells("interrupts-extended", CPU_INTC, MEI, CPU_INTC, SEI).flag("interrupt-controller")
                .strings("compatible", "sifive,plic-1.0.0", "riscv,plic0").cells("#address-cells", 0)
                .cells("#interrupt-cells", 1).end();
        fdt.begin(node("clint", VirtBoard.CLINT)).cells("interrupts-extended", CPU_INTC, MSI, CPU_INTC, MTI)
                .cells("reg", reg(VirtBoard.CLINT, VirtBoard.CLINT_SIZE))
                .strings("compatible", "sifive,clint0", "riscv,clint0").end();
        fdt.end();
    }

    private static String node(String name, long address) {
        return name + "@" + Long.toHexString(address);
    }

    /** A reg property in two-cell address and size. */
    private static long[] reg(long address, long size) {
        return new long[] {address >>> 32, address & 0xffffffffL, size >>> 32, size & 0xffffffffL};
    }
}
