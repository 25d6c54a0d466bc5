package strata.cpu.dev.virtio;

/**
 * The guest's driver broke the virtio rules in a way no status byte can report: a descriptor
 * outside RAM, a chain that loops, a ring that runs ahead of its size. The transport stops the
 * device until the driver resets it (DEVICE_NEEDS_RESET in the modern layout), as the virtio
 * specification has a device do and as QEMU's {@code virtio_error} does. Never leaves the
 * device package.
 */
final class DriverError extends Exception {
    private static final long serialVersionUID = 1L;

    DriverError(String message) {
        super(message);
    }
}
