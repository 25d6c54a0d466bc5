package strata.cpu.dev.virtio;

/**
 * What a virtio device type brings to the transport (virtio 1.2, section 5): its device ID, the
 * features of its own it offers (the transport adds its own), its configuration space and how it
 * serves a buffer from one of its queues.
 */
interface VirtioDevice {

    /** The device ID the transport reports (2 for a block device). */
    int deviceId();

    /** A short name for statistics and traces. */
    String name();

    /** The device-type features offered (bits 0..23 and the type's own above). */
    long features();

    /** How many virtqueues the device has. */
    int queues();

    /** The configuration space as it reads now, little-endian. */
    byte[] config();

    /** The driver wrote {@code width} bytes of {@code value} at {@code offset} of the configuration space. */
    void writeConfig(int offset, int width, int value);

    /** The driver wrote {@code status} to the status register, with {@code negotiated} agreed. */
    void statusWritten(int status, long negotiated);

    /** The device is reset (status 0, or a system reset). */
    void reset();

    /**
     * Serves {@code chain} from queue {@code queue}; returns how many bytes it wrote into the
     * chain (the used length). Fails only on a chain that breaks the device type's rules.
     */
    int serve(int queue, Chain chain, GuestMemory memory) throws DriverError;
}
