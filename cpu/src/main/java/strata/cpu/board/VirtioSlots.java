package strata.cpu.board;

import strata.cpu.bus.Bus;
import strata.cpu.dev.Plic;
import strata.cpu.dev.virtio.DiskImage;
import strata.cpu.dev.virtio.EmptySlot;
import strata.cpu.dev.virtio.Layout;
import strata.cpu.dev.virtio.VirtioMmio;

/**
 * The eight virtio-mmio slots of the virt board, 0x10001000 + 0x1000 n with PLIC source n + 1,
 * all present as on QEMU. A disk goes in the highest slot (0x10008000, source 8), where QEMU puts
 * the first {@code -device virtio-blk-device}, so a kernel finds it at the same place on both;
 * the other slots are empty transports.
 */
final class VirtioSlots {
    /** The slot QEMU fills first. */
    static final int DISK_SLOT = VirtBoard.VIRTIO_COUNT - 1;

    private final VirtioMmio disk;

    /** Maps the slots on {@code bus} in {@code layout}, the block device on {@code image} if it is not null. */
    VirtioSlots(Bus bus, Plic plic, Layout layout, DiskImage image) {
        disk = image == null ? null
                : VirtioMmio.block(layout, image, bus, plic.source(VirtBoard.VIRTIO_IRQ + DISK_SLOT));
        for (int slot = 0; slot < VirtBoard.VIRTIO_COUNT; slot++) {
            long base = VirtBoard.VIRTIO + slot * VirtBoard.VIRTIO_SIZE;
            bus.map(base, slot == DISK_SLOT && disk != null ? disk : new EmptySlot(layout));
        }
    }

    /** A system reset of the devices in the slots. */
    void reset() {
        if (disk != null) {
            disk.reset();
        }
    }
}
