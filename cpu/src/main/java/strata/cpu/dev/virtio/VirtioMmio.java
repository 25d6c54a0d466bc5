package strata.cpu.dev.virtio;

import strata.cpu.bus.Bus;
import strata.cpu.bus.Device;
import strata.cpu.bus.Ram;
import strata.cpu.dev.InterruptLine;

/**
 * The virtio-mmio transport of one virt board slot with a device behind it (virtio 1.2, 4.2), in
 * either {@link Layout}, with the registers of QEMU 7.2's {@code virtio-mmio.c}: a 0x200-byte
 * window, registers read and written as words (another width reads 0 and writes nothing), the
 * device's configuration space from 0x100 in any width (past its end it reads all ones and
 * ignores writes). A
 * register of the other layout reads 0 and ignores writes.
 *
 * <table>
 *   <caption>Registers</caption>
 *   <tr><th>offset</th><th>register</th></tr>
 *   <tr><td>0x000</td><td>MagicValue "virt"</td></tr>
 *   <tr><td>0x004</td><td>Version: 1 legacy, 2 modern</td></tr>
 *   <tr><td>0x008, 0x00c</td><td>DeviceID, VendorID "QEMU"</td></tr>
 *   <tr><td>0x010, 0x014</td><td>DeviceFeatures, DeviceFeaturesSel (0 or 1; legacy: the high word reads 0)</td></tr>
 *   <tr><td>0x020, 0x024</td><td>DriverFeatures, DriverFeaturesSel (legacy: taken at once, high word ignored;
 *       modern: taken when the status gets FEATURES_OK)</td></tr>
 *   <tr><td>0x028</td><td>GuestPageSize (legacy)</td></tr>
 *   <tr><td>0x030, 0x034, 0x038</td><td>QueueSel, QueueNumMax (1024 for a queue that exists), QueueNum</td></tr>
 *   <tr><td>0x03c, 0x040</td><td>QueueAlign, QueuePFN (legacy; PFN 0 resets the device)</td></tr>
 *   <tr><td>0x044</td><td>QueueReady (modern)</td></tr>
 *   <tr><td>0x050</td><td>QueueNotify: the device serves the queue before the write completes</td></tr>
 *   <tr><td>0x060, 0x064</td><td>InterruptStatus (1 used buffer, 2 configuration change), InterruptACK</td></tr>
 *   <tr><td>0x070</td><td>Status (writing 0 resets the device)</td></tr>
 *   <tr><td>0x080..0x0a4</td><td>QueueDesc, QueueDriver, QueueDevice, low and high words (modern)</td></tr>
 *   <tr><td>0x0b0, 0x0b4</td><td>SHMLen: all ones, no shared memory</td></tr>
 *   <tr><td>0x0fc</td><td>ConfigGeneration (modern)</td></tr>
 * </table>
 *
 * <p>The interrupt line is high while InterruptStatus is not 0. A driver error (see
 * {@link Virtqueue}) stops the device until it is reset; with VERSION_1 negotiated the status
 * also gets DEVICE_NEEDS_RESET and a configuration-change interrupt, as QEMU's
 * {@code virtio_error} does.
 */
public final class VirtioMmio implements Device {
    /** QEMU maps 0x200 bytes of each 0x1000-byte slot; the rest of the slot is unmapped. */
    public static final int SIZE = 0x200;
    static final int MAGIC = 0x74726976;
    static final int VENDOR = 0x554d4551;

    static final int MAGIC_VALUE = 0x000, VERSION = 0x004, DEVICE_ID = 0x008, VENDOR_ID = 0x00c,
            DEVICE_FEATURES = 0x010, DEVICE_FEATURES_SEL = 0x014, DRIVER_FEATURES = 0x020,
            DRIVER_FEATURES_SEL = 0x024, GUEST_PAGE_SIZE = 0x028, QUEUE_SEL = 0x030, QUEUE_NUM_MAX = 0x034,
            QUEUE_NUM = 0x038, QUEUE_ALIGN = 0x03c, QUEUE_PFN = 0x040, QUEUE_READY = 0x044, QUEUE_NOTIFY = 0x050,
            INTERRUPT_STATUS = 0x060, INTERRUPT_ACK = 0x064, STATUS = 0x070, QUEUE_DESC_LOW = 0x080,
            QUEUE_DESC_HIGH = 0x084, QUEUE_DRIVER_LOW = 0x090, QUEUE_DRIVER_HIGH = 0x094, QUEUE_DEVICE_LOW = 0x0a0,
            QUEUE_DEVICE_HIGH = 0x0a4, SHM_LEN_LOW = 0x0b0, SHM_LEN_HIGH = 0x0b4, CONFIG_GENERATION = 0x0fc,
            CONFIG = 0x100;

    static final int DRIVER_OK = 4, FEATURES_OK = 8, DEVICE_NEEDS_RESET = 0x40;
    static final int USED_BUFFER = 1, CONFIG_CHANGE = 2;
    static final long F_NOTIFY_ON_EMPTY = 1L << 24, F_INDIRECT_DESC = 1L << 28, F_EVENT_IDX = 1L << 29,
            F_VERSION_1 = 1L << 32;
    /** QueueSel and QueueNotify take queue numbers below this (QEMU's VIRTIO_QUEUE_MAX). */
    private static final int QUEUE_LIMIT = 1024;

    private final Layout layout;
    private final VirtioDevice device;
    private final GuestMemory memory;
    private final InterruptLine irq;
    private final long offered;
    private final Virtqueue[] queues;
    private final QueueRegisters[] registers;

    private int deviceFeaturesSel;
    private int driverFeaturesSel;
    private final int[] driverFeatures = new int[2];
    private long negotiated;
    private int guestPageShift;
    private int queueSel;
    private int status;
    private int interruptStatus;
    private int generation;
    private String error;

    /** What the modern layout's queue registers hold until QueueReady takes them. */
    private static final class QueueRegisters {
        int num;
        long desc;
        long driver;
        long device;
        boolean ready;
    }

    /** The transport of {@code device} in {@code layout}: guest RAM through {@code bus}, interrupts on {@code irq}. */
    VirtioMmio(Layout layout, VirtioDevice device, Bus bus, InterruptLine irq) {
        this.layout = layout;
        this.device = device;
        this.memory = new GuestMemory(bus);
        this.irq = irq;
        this.offered = device.features() | F_INDIRECT_DESC | F_EVENT_IDX
                | (layout == Layout.LEGACY ? F_NOTIFY_ON_EMPTY : F_VERSION_1);
        this.queues = new Virtqueue[device.queues()];
        this.registers = new QueueRegisters[device.queues()];
        for (int i = 0; i < queues.length; i++) {
            queues[i] = new Virtqueue();
            registers[i] = new QueueRegisters();
        }
    }

    /** A block device on {@code disk}. */
    public static VirtioMmio block(Layout layout, DiskImage disk, Bus bus, InterruptLine irq) {
        return new VirtioMmio(layout, new BlockDevice(disk), bus, irq);
    }

    @Override
    public String name() {
        return device.name();
    }

    @Override
    public int size() {
        return SIZE;
    }

    /** Why the device stopped taking requests, or null while it works. */
    public String error() {
        return error;
    }

    /** The features the driver and the device agreed on. */
    public long negotiated() {
        return negotiated;
    }

    /** A system reset: the device reset, and the transport's selectors and modern queue registers cleared. */
    public void reset() {
        resetDevice();
        deviceFeaturesSel = 0;
        driverFeaturesSel = 0;
        guestPageShift = 0;
        driverFeatures[0] = 0;
        driverFeatures[1] = 0;
        for (int i = 0; i < registers.length; i++) {
            registers[i] = new QueueRegisters();
        }
    }

    @Override
    public int read(int offset, int width) {
        if (offset >= CONFIG) {
            return readConfig(offset - CONFIG, width);
        }
        if (width != 4) {
            return 0;
        }
        boolean legacy = layout == Layout.LEGACY;
        Virtqueue queue = selected();
        return switch (offset) {
            case MAGIC_VALUE -> MAGIC;
            case VERSION -> layout.version();
            case DEVICE_ID -> device.deviceId();
            case VENDOR_ID -> VENDOR;
            case DEVICE_FEATURES -> legacy && deviceFeaturesSel != 0 ? 0 : (int) (offered >>> 32 * deviceFeaturesSel);
            case QUEUE_NUM_MAX -> queue == null ? 0 : Virtqueue.MAX_SIZE;
            case QUEUE_PFN -> legacy && queue != null ? (int) (queue.descTable() >>> guestPageShift) : 0;
            case QUEUE_READY -> !legacy && queue != null && registers[queueSel].ready ? 1 : 0;
            case INTERRUPT_STATUS -> interruptStatus;
            case STATUS -> status;
            case SHM_LEN_LOW, SHM_LEN_HIGH -> -1;
            case CONFIG_GENERATION -> legacy ? 0 : generation;
            default -> 0;
        };
    }

    private int readConfig(int offset, int width) {
        byte[] config = device.config();
        if (offset + width > config.length) {
            return -1;
        }
        return switch (width) {
            case 1 -> config[offset] & 0xff;
            case 2 -> Ram.short16(config, offset) & 0xffff;
            default -> Ram.int32(config, offset);
        };
    }

    @Override
    public void write(int offset, int width, int value) {
        if (offset >= CONFIG) {
            device.writeConfig(offset - CONFIG, width, value);
            return;
        }
        if (width != 4) {
            return;
        }
        if (layout == Layout.LEGACY) {
            writeLegacy(offset, value);
        } else {
            writeModern(offset, value);
        }
        switch (offset) {
            case DEVICE_FEATURES_SEL -> deviceFeaturesSel = value != 0 ? 1 : 0;
            case DRIVER_FEATURES_SEL -> driverFeaturesSel = value != 0 ? 1 : 0;
            case QUEUE_SEL -> {
                if (Integer.compareUnsigned(value, QUEUE_LIMIT) < 0) {
                    queueSel = value;
                }
            }
            case QUEUE_NOTIFY -> {
                if (Integer.compareUnsigned(value, QUEUE_LIMIT) < 0) {
                    notify(value);
                }
            }
            case INTERRUPT_ACK -> {
                interruptStatus &= ~value;
                updateInterrupt();
            }
            default -> { }
        }
    }

    /** The registers only the legacy layout has, and the legacy meaning of shared ones. */
    private void writeLegacy(int offset, int value) {
        Virtqueue queue = selected();
        switch (offset) {
            case DRIVER_FEATURES -> {
                if (driverFeaturesSel == 0) {
                    setFeatures(Integer.toUnsignedLong(value));
                }
            }
            case GUEST_PAGE_SIZE -> guestPageShift = value == 0 ? 0 : Integer.numberOfTrailingZeros(value);
            case QUEUE_NUM, QUEUE_ALIGN -> {
                if (queue != null) {
                    if (offset == QUEUE_NUM) {
                        queue.setSize(value);
                    } else {
                        queue.setAlign(value);
                    }
                    if (queue.descTable() != 0) {
                        queue.setLegacyRings(queue.descTable());
                    }
                }
            }
            case QUEUE_PFN -> {
                if (value == 0) {
                    resetDevice();
                } else if (queue != null) {
                    queue.setLegacyRings(Integer.toUnsignedLong(value) << guestPageShift);
                }
            }
            case STATUS -> setStatus(value & 0xff);
            default -> { }
        }
    }

    /** The registers only the modern layout has, and the modern meaning of shared ones. */
    private void writeModern(int offset, int value) {
        Virtqueue queue = selected();
        QueueRegisters pending = queue == null ? new QueueRegisters() : registers[queueSel];
        long word = Integer.toUnsignedLong(value);
        switch (offset) {
            case DRIVER_FEATURES -> driverFeatures[driverFeaturesSel] = value;
            case QUEUE_NUM -> {
                if (queue != null) {
                    queue.setSize(value);
                    pending.num = value;
                }
            }
            case QUEUE_READY -> {
                if (queue != null && value != 0) {
                    queue.setSize(pending.num);
                    queue.setRings(pending.desc, pending.driver, pending.device);
                }
                pending.ready = value != 0;
            }
            case QUEUE_DESC_LOW -> pending.desc = pending.desc & ~0xffffffffL | word;
            case QUEUE_DESC_HIGH -> pending.desc = pending.desc & 0xffffffffL | word << 32;
            case QUEUE_DRIVER_LOW -> pending.driver = pending.driver & ~0xffffffffL | word;
            case QUEUE_DRIVER_HIGH -> pending.driver = pending.driver & 0xffffffffL | word << 32;
            case QUEUE_DEVICE_LOW -> pending.device = pending.device & ~0xffffffffL | word;
            case QUEUE_DEVICE_HIGH -> pending.device = pending.device & 0xffffffffL | word << 32;
            case STATUS -> {
                if ((value & FEATURES_OK) != 0) {
                    setFeatures(Integer.toUnsignedLong(driverFeatures[0]) | (long) driverFeatures[1] << 32);
                }
                setStatus(value & 0xff);
            }
            default -> { }
        }
    }

    /** The selected queue, or null if the device has no such queue. */
    private Virtqueue selected() {
        return queueSel < queues.length ? queues[queueSel] : null;
    }

    /** The driver's features, as far as offered; refused once FEATURES_OK is set, as QEMU refuses them. */
    private void setFeatures(long features) {
        if ((status & FEATURES_OK) == 0) {
            negotiated = features & offered;
        }
    }

    private void setStatus(int value) {
        device.statusWritten(value, negotiated);
        status = value;
        if (status == 0) {
            resetDevice();
            for (QueueRegisters queue : registers) {
                queue.ready = false;
            }
        }
    }

    /** The device reset (status 0, legacy QueuePFN 0): features, queues and interrupt status cleared. */
    private void resetDevice() {
        status = 0;
        interruptStatus = 0;
        negotiated = 0;
        queueSel = 0;
        error = null;
        device.reset();
        for (Virtqueue queue : queues) {
            queue.reset();
        }
        updateInterrupt();
    }

    /**
     * Serves every buffer the driver has made available in queue {@code index}, then interrupts
     * if the driver wants it. Ignored before DRIVER_OK, before the queue has rings, and while the
     * device is stopped by an error.
     */
    private void notify(int index) {
        if (index >= queues.length || error != null || (status & DRIVER_OK) == 0 || queues[index].descTable() == 0) {
            return;
        }
        Virtqueue queue = queues[index];
        queue.setEventIndex((negotiated & F_EVENT_IDX) != 0);
        boolean served = false;
        try {
            for (Chain chain = queue.pop(memory); chain != null; chain = queue.pop(memory)) {
                queue.push(memory, chain, device.serve(index, chain, memory));
                served = true;
            }
        } catch (DriverError e) {
            fail(e.getMessage());
        }
        if (served && ((negotiated & F_NOTIFY_ON_EMPTY) != 0 || queue.wantsInterrupt(memory))) {
            interruptStatus |= USED_BUFFER;
            updateInterrupt();
        }
    }

    private void fail(String message) {
        error = message;
        if ((negotiated & F_VERSION_1) != 0) {
            status |= DEVICE_NEEDS_RESET;
            if ((status & DRIVER_OK) != 0) {
                interruptStatus |= USED_BUFFER | CONFIG_CHANGE;
                generation++;
                updateInterrupt();
            }
        }
    }

    private void updateInterrupt() {
        irq.set(interruptStatus != 0);
    }
}
