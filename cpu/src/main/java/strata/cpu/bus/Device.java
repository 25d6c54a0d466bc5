package strata.cpu.bus;

/**
 * A memory-mapped device: a window of the physical address space that the {@link Bus} hands
 * loads and stores to, with offsets relative to the device's base address.
 *
 * <p>Accesses are 1, 2 or 4 bytes wide (the bus splits wider ones) and naturally aligned within
 * the device as the guest issued them; what a device does with a width or offset it does not
 * decode is its own architected behaviour (usually: reads give 0, writes are ignored, as on
 * QEMU), never an exception. Devices run on the emulator thread.
 */
public interface Device {

    /** Short name for traces, statistics and the memory map ({@code uart0}, {@code clint}). */
    String name();

    /** The size of the device's window in bytes. */
    int size();

    /** The value of the {@code width}-byte register at {@code offset}, zero-extended. */
    int read(int offset, int width);

    /** Writes the low {@code width} bytes of {@code value} to the register at {@code offset}. */
    void write(int offset, int width, int value);

    /**
     * Whether the device takes a {@code width}-byte access at {@code offset} at all. The bus
     * answers an access the device refuses with an access fault (the address in tval), the way
     * QEMU's memory core rejects an access size a device does not declare valid: a byte load
     * from the PLIC or the CLINT faults there, and must fault here.
     */
    default boolean accepts(int offset, int width) {
        return true;
    }
}
