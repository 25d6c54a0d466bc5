package strata.cpu.dev.virtio;

import strata.cpu.bus.Device;

/**
 * A virtio-mmio slot with no device behind it, as QEMU's virt board has seven of: MagicValue,
 * Version and VendorID read as a transport's do, everything else reads 0 (DeviceID 0: no
 * device) and writes are ignored, so a driver probing the slots passes over it.
 */
public final class EmptySlot implements Device {
    private final Layout layout;

    public EmptySlot(Layout layout) {
        this.layout = layout;
    }

    @Override
    public String name() {
        return "virtio-mmio";
    }

    @Override
    public int size() {
        return VirtioMmio.SIZE;
    }

    @Override
    public int read(int offset, int width) {
        return switch (offset) {
            case VirtioMmio.MAGIC_VALUE -> VirtioMmio.MAGIC;
            case VirtioMmio.VERSION -> layout.version();
            case VirtioMmio.VENDOR_ID -> VirtioMmio.VENDOR;
            default -> 0;
        };
    }

    @Override
    public void write(int offset, int width, int value) {
    }
}
