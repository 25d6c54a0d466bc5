package strata.cpu.dev.virtio;

/**
 * The two register layouts of the virtio-mmio transport (virtio 1.2, 4.2.2 and 4.2.4). QEMU 7.2's
 * virt board uses the legacy one unless started with
 * {@code -global virtio-mmio.force-legacy=false}.
 */
public enum Layout {
    /** Version 1: one page-frame number per queue, rings laid out by the guest page size and alignment. */
    LEGACY(1),
    /** Version 2: each ring's address in its own registers, QueueReady, VERSION_1 offered. */
    MODERN(2);

    private final int version;

    Layout(int version) {
        this.version = version;
    }

    /** What the Version register reads. */
    public int version() {
        return version;
    }
}
