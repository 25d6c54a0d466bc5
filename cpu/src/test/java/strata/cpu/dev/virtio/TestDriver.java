package strata.cpu.dev.virtio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import strata.cpu.bus.Bus;

/**
 * A virtio driver for the tests, in Java: a bus with 1 MiB of RAM at 0x80000000, one transport
 * with a block device, and the steps a driver takes (reset, negotiate, set up queue 0 with
 * {@link #QUEUE_SIZE} entries, offer chains, notify), each on its own so a test can leave one
 * out or do it wrong. Queue memory: descriptors at {@link #DESC}, the available ring after them,
 * the used ring at {@link #USED} (the legacy layout's places, used by the modern one too).
 */
final class TestDriver {
    static final long RAM = 0x80000000L;
    static final int RAM_SIZE = 1 << 20;
    static final int QUEUE_SIZE = 8;
    static final long DESC = RAM + 0x10000;
    static final long AVAIL = DESC + 16 * QUEUE_SIZE;
    static final long USED = RAM + 0x11000;
    /** Where the request helpers put the header, the status byte and the data. */
    static final long HEADER = RAM + 0x20000, STATUS = RAM + 0x20100, DATA = RAM + 0x30000;
    static final int NEXT = 1, WRITE = 2, INDIRECT = 4;

    final Bus bus = new Bus();
    final Layout layout;
    final VirtioMmio device;
    private boolean irq;
    private int availIndex;

    TestDriver(Layout layout, DiskImage disk) {
        this.layout = layout;
        bus.addRam(RAM, RAM_SIZE);
        device = VirtioMmio.block(layout, disk, bus, level -> irq = level);
    }

    boolean interruptLine() {
        return irq;
    }

    int read(int offset) {
        return device.read(offset, 4);
    }

    void write(int offset, int value) {
        device.write(offset, 4, value);
    }

    /** {@link #start(boolean)} without EVENT_IDX. */
    TestDriver start() {
        return start(false);
    }

    /**
     * Reset, ACKNOWLEDGE, DRIVER, every feature offered taken (EVENT_IDX only if {@code eventIndex}),
     * FEATURES_OK, queue 0, DRIVER_OK.
     */
    TestDriver start(boolean eventIndex) {
        write(VirtioMmio.STATUS, 0);
        availIndex = 0;
        putShort(AVAIL + 2, 0);
        write(VirtioMmio.STATUS, 1);
        write(VirtioMmio.STATUS, 3);
        for (int sel = 0; sel < 2; sel++) {
            write(VirtioMmio.DEVICE_FEATURES_SEL, sel);
            int offered = read(VirtioMmio.DEVICE_FEATURES);
            if (sel == 0 && !eventIndex) {
                offered &= (int) ~VirtioMmio.F_EVENT_IDX;
            }
            write(VirtioMmio.DRIVER_FEATURES_SEL, sel);
            write(VirtioMmio.DRIVER_FEATURES, offered);
        }
        write(VirtioMmio.STATUS, 3 | VirtioMmio.FEATURES_OK);
        setUpQueue();
        write(VirtioMmio.STATUS, 3 | VirtioMmio.FEATURES_OK | VirtioMmio.DRIVER_OK);
        return this;
    }

    /** Queue 0 with QUEUE_SIZE entries at DESC, AVAIL and USED, in the transport's layout. */
    void setUpQueue() {
        write(VirtioMmio.QUEUE_SEL, 0);
        write(VirtioMmio.QUEUE_NUM, QUEUE_SIZE);
        if (layout == Layout.LEGACY) {
            write(VirtioMmio.GUEST_PAGE_SIZE, 4096);
            write(VirtioMmio.QUEUE_ALIGN, 4096);
            write(VirtioMmio.QUEUE_PFN, (int) (DESC >>> 12));
        } else {
            write(VirtioMmio.QUEUE_DESC_LOW, (int) DESC);
            write(VirtioMmio.QUEUE_DRIVER_LOW, (int) AVAIL);
            write(VirtioMmio.QUEUE_DEVICE_LOW, (int) USED);
            write(VirtioMmio.QUEUE_READY, 1);
        }
    }

    /** Descriptor {@code index} of the table at {@code table}. */
    void descriptor(long table, int index, long address, int length, int flags, int next) {
        ByteBuffer entry = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        entry.putLong(address).putInt(length).putShort((short) flags).putShort((short) next);
        put(table + 16L * index, entry.array());
    }

    void descriptor(int index, long address, int length, int flags, int next) {
        descriptor(DESC, index, address, length, flags, next);
    }

    /** Makes chain {@code head} available (without notifying). */
    void offer(int head) {
        putShort(AVAIL + 4 + 2L * (availIndex % QUEUE_SIZE), head);
        availIndex++;
        putShort(AVAIL + 2, availIndex);
    }

    void notifyQueue() {
        write(VirtioMmio.QUEUE_NOTIFY, 0);
    }

    int usedIndex() {
        return bus.readBytes(USED + 2, 2)[0] & 0xff | (bus.readBytes(USED + 3, 1)[0] & 0xff) << 8;
    }

    /** The used ring's entry {@code n}: id and length. */
    int[] used(int n) {
        ByteBuffer entry = ByteBuffer.wrap(bus.readBytes(USED + 4 + 8L * (n % QUEUE_SIZE), 8))
                .order(ByteOrder.LITTLE_ENDIAN);
        return new int[] {entry.getInt(), entry.getInt()};
    }

    /** The outcome of a request: its status byte and used length. */
    record Result(int status, int used) {
    }

    /**
     * A request of {@code type} at {@code sector} with {@code length} bytes of data at DATA, in
     * three descriptors (two without data), offered and notified.
     */
    Result request(int type, long sector, int length) {
        header(type, sector);
        boolean deviceWrites = type == BlockDevice.T_IN || type == BlockDevice.T_GET_ID;
        if (length == 0) {
            descriptor(0, HEADER, 16, NEXT, 2);
        } else {
            descriptor(0, HEADER, 16, NEXT, 1);
            descriptor(1, DATA, length, NEXT | (deviceWrites ? WRITE : 0), 2);
        }
        descriptor(2, STATUS, 1, WRITE, 0);
        return submit(0);
    }

    /** Offers {@code head}, notifies, and returns the status byte and the used length of the last used entry. */
    Result submit(int head) {
        put(STATUS, new byte[] {(byte) 0xff});
        offer(head);
        notifyQueue();
        int[] entry = used(usedIndex() - 1);
        return new Result(bus.readBytes(STATUS, 1)[0] & 0xff, entry[1]);
    }

    void header(int type, long sector) {
        ByteBuffer header = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        put(HEADER, header.putInt(type).putInt(0).putLong(sector).array());
    }

    void put(long address, byte[] data) {
        bus.writeBytes(address, data);
    }

    void putShort(long address, int value) {
        put(address, new byte[] {(byte) value, (byte) (value >>> 8)});
    }

    byte[] get(long address, int length) {
        return bus.readBytes(address, length);
    }
}
