package strata.cpu.board;

/**
 * The memory map and interrupt numbers of QEMU's {@code virt} machine (QEMU 7.2,
 * {@code hw/riscv/virt.c}) that Strata's board keeps: the same addresses, so a program or kernel
 * that runs on one runs on the other. Sizes are those of QEMU's map, which the device tree
 * announces; a device's registers may fill less of its window (the UART has 8 of 0x100 bytes),
 * and the rest is unmapped, as on QEMU.
 */
public final class VirtBoard {
    /** The mask ROM with the reset vector, where harts start. */
    public static final long MROM = 0x1000;
    /** How far past the kernel an initrd goes at most (see {@link #initrdAddress}). */
    private static final long INITRD_MAX_OFFSET = 128L << 20;
    public static final long TEST = 0x100000;
    public static final long TEST_SIZE = 0x1000;
    public static final long RTC = 0x101000;
    public static final long RTC_SIZE = 0x1000;
    public static final long CLINT = 0x2000000;
    public static final long CLINT_SIZE = 0x10000;
    public static final long PLIC = 0xc000000;
    public static final long PLIC_SIZE = 0x600000;
    public static final long UART0 = 0x10000000;
    public static final long UART0_SIZE = 0x100;
    /** The first of eight virtio-mmio slots, one page apart; the block device takes the last. */
    public static final long VIRTIO = 0x10001000;
    public static final long VIRTIO_SIZE = 0x1000;
    public static final int VIRTIO_COUNT = 8;
    public static final long DRAM = 0x80000000L;

    /** PLIC source numbers: virtio slots take 1..8. */
    public static final int UART0_IRQ = 10;
    public static final int RTC_IRQ = 11;
    public static final int VIRTIO_IRQ = 1;

    public static final int MIB = 1 << 20;
    public static final int DEFAULT_RAM_SIZE = 128 * MIB;
    /** RAM is a Java array; 1 GiB keeps it well inside what one array and a default heap can hold. */
    public static final int MAX_RAM_SIZE = 1024 * MIB;
    public static final int MIN_RAM_SIZE = 2 * MIB;

    private static final long FDT_ALIGNMENT = 2 * MIB;
    private static final long FDT_LIMIT = 3072L * MIB;

    private VirtBoard() {
    }

    /**
     * Where QEMU puts a device tree of {@code fdtSize} bytes: as high in RAM as it fits, below
     * 3 GiB, on a 2 MiB boundary ({@code riscv_compute_fdt_addr}). With 128 MiB that is 0x87e00000.
     */
    public static long fdtAddress(long ramSize, int fdtSize) {
        long end = Math.min(DRAM + ramSize, FDT_LIMIT);
        return (end - fdtSize) / FDT_ALIGNMENT * FDT_ALIGNMENT;
    }

    /**
     * Where QEMU 7.2 puts an initial RAM disk ({@code riscv_load_initrd}): past the kernel's
     * lowest address by half the RAM, or by 128 MiB once there is 256 MiB or more, so that a
     * kernel that unpacks itself does not overwrite it.
     */
    public static long initrdAddress(long kernelBase, long ramSize) {
        return kernelBase + Math.min(ramSize / 2, INITRD_MAX_OFFSET);
    }
}
