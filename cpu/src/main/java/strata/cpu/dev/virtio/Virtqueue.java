package strata.cpu.dev.virtio;

import java.util.ArrayList;
import java.util.List;

/**
 * One split virtqueue (virtio 1.2, 2.7): a descriptor table, the available ring the driver fills
 * and the used ring the device fills, at guest addresses the transport sets. The device side
 * keeps the next available entry to take and the used ring's index.
 *
 * <pre>
 *   descriptor (16 bytes)   u64 addr | u32 len | u16 flags (NEXT 1, WRITE 2, INDIRECT 4) | u16 next
 *   available ring          u16 flags (NO_INTERRUPT 1) | u16 idx | u16 ring[size] | u16 used_event
 *   used ring               u16 flags | u16 idx | {u32 id, u32 len} ring[size] | u16 avail_event
 * </pre>
 *
 * <p>The last fields are there with VIRTIO_F_EVENT_IDX (2.7.7, 2.7.10): the driver asks for an
 * interrupt only when the used index passes used_event (and NO_INTERRUPT means nothing), and the
 * device keeps avail_event at the next available entry it will take, so the driver knows it need
 * not notify before then.
 *
 * <p>Whatever the driver wrote there, {@link #pop} either gives a chain whose every piece is in
 * RAM or fails with a {@link DriverError}: a ring outside RAM, more entries made available than
 * the queue holds, a head or next index past the table, a chain longer than its table (a loop),
 * an empty piece, a readable piece after a writable one, an indirect table that is empty, not a
 * whole number of descriptors, nested, or chained on. These are QEMU's checks, plus the
 * specification's on the available index.
 */
final class Virtqueue {
    /** The largest size a driver may set (QEMU's VIRTQUEUE_MAX_SIZE), what QueueNumMax reads. */
    static final int MAX_SIZE = 1024;
    /** The size until the driver sets one (QEMU's virtio-blk queue-size). */
    static final int DEFAULT_SIZE = 256;
    /** The legacy ring alignment until the driver sets one (QEMU's VIRTIO_PCI_VRING_ALIGN). */
    static final int DEFAULT_ALIGN = 4096;

    private static final int DESCRIPTOR = 16;
    private static final int NEXT = 1, WRITE = 2, INDIRECT = 4;
    private static final int NO_INTERRUPT = 1;

    private int size;
    private int align;
    private long desc;
    private long avail;
    private long used;
    /** The free-running index of the next available entry to take, and of the next used entry. */
    private int lastAvail;
    private int usedIndex;
    private boolean eventIndex;
    /** The used index at the last interrupt (QEMU's signalled_used), and whether there was one since the reset. */
    private int signalledUsed;
    private boolean signalled;

    Virtqueue() {
        align = DEFAULT_ALIGN;
        reset();
    }

    /** A device reset: default size, no rings, indices back to 0 (the legacy alignment stays, as on QEMU). */
    void reset() {
        size = DEFAULT_SIZE;
        desc = 0;
        avail = 0;
        used = 0;
        lastAvail = 0;
        usedIndex = 0;
        signalledUsed = 0;
        signalled = false;
    }

    /** Whether VIRTIO_F_EVENT_IDX was agreed: used_event and avail_event are in the rings. */
    void setEventIndex(boolean agreed) {
        eventIndex = agreed;
    }

    int size() {
        return size;
    }

    /** Sets the size; 0 or more than {@link #MAX_SIZE} is ignored, as QEMU's virtio_queue_set_num ignores it. */
    void setSize(int value) {
        if (value > 0 && value <= MAX_SIZE) {
            size = value;
        }
    }

    /** The modern layout: the three areas where the driver put them. */
    void setRings(long descTable, long availRing, long usedRing) {
        desc = descTable;
        avail = availRing;
        used = usedRing;
    }

    /** The legacy layout: the table at {@code address}, the available ring after it, then the used ring, aligned. */
    void setLegacyRings(long address) {
        desc = address;
        avail = address + (long) DESCRIPTOR * size;
        long availEnd = avail + 4 + 2L * size;
        used = align <= 0 ? availEnd : (availEnd + align - 1) / align * align;
    }

    void setAlign(int value) {
        align = value;
    }

    /** The descriptor table's address: 0 until the driver sets up the queue. */
    long descTable() {
        return desc;
    }

    /** The next chain the driver made available, or null if there is none. */
    Chain pop(GuestMemory memory) throws DriverError {
        int event = eventIndex ? 2 : 0;
        memory.require(avail, 4 + 2L * size + event, "the available ring");
        memory.require(used, 4 + 8L * size + event, "the used ring");
        int index = memory.u16(avail + 2);
        int ahead = (index - lastAvail) & 0xffff;
        if (ahead == 0) {
            return null;
        }
        if (ahead > size) {
            throw new DriverError("the available index is " + ahead + " entries ahead in a queue of " + size);
        }
        int head = memory.u16(avail + 4 + 2L * Integer.remainderUnsigned(lastAvail & 0xffff, size));
        if (head >= size) {
            throw new DriverError("the driver made descriptor " + head + " available in a queue of " + size);
        }
        lastAvail++;
        if (eventIndex) {
            memory.putU16(used + 4 + 8L * size, lastAvail);
        }
        return walk(memory, head);
    }

    private Chain walk(GuestMemory memory, int head) throws DriverError {
        List<Chain.Piece> readable = new ArrayList<>();
        List<Chain.Piece> writable = new ArrayList<>();
        long table = desc;
        int limit = size;
        boolean indirect = false;
        int index = head;
        for (int count = 1; ; count++) {
            if (count > limit) {
                throw new DriverError("the chain from descriptor " + head + " is longer than its table: a loop");
            }
            long at = table + (long) DESCRIPTOR * index;
            memory.require(at, DESCRIPTOR, "descriptor " + index);
            long address = memory.u64(at);
            long length = Integer.toUnsignedLong(memory.u32(at + 8));
            int flags = memory.u16(at + 12);
            if ((flags & INDIRECT) != 0) {
                if (indirect || (flags & NEXT) != 0 || length == 0 || length % DESCRIPTOR != 0) {
                    throw new DriverError("descriptor " + index + " is a bad indirect table (" + length
                            + " bytes, flags " + flags + (indirect ? ", nested" : "") + ")");
                }
                memory.require(address, length, "the indirect table");
                table = address;
                limit = (int) (length / DESCRIPTOR);
                indirect = true;
                index = 0;
                count = 0;
                continue;
            }
            if (length == 0) {
                throw new DriverError("descriptor " + index + " is empty");
            }
            memory.require(address, length, "the buffer of descriptor " + index);
            if ((flags & WRITE) != 0) {
                writable.add(new Chain.Piece(address, (int) length));
            } else if (writable.isEmpty()) {
                readable.add(new Chain.Piece(address, (int) length));
            } else {
                throw new DriverError("descriptor " + index + " is read by the device after one it writes");
            }
            if ((flags & NEXT) == 0) {
                return new Chain(head, readable, writable);
            }
            index = memory.u16(at + 14);
            if (index >= limit) {
                throw new DriverError("descriptor " + index + " is past the end of a table of " + limit);
            }
        }
    }

    /** Puts {@code chain} in the used ring with {@code length} bytes written, then moves the used index on. */
    void push(GuestMemory memory, Chain chain, int length) {
        long entry = used + 4 + 8L * Integer.remainderUnsigned(usedIndex & 0xffff, size);
        memory.putU32(entry, chain.head());
        memory.putU32(entry + 4, length);
        usedIndex++;
        memory.putU16(used + 2, usedIndex);
    }

    /**
     * Whether the driver wants an interrupt for the buffers used since the last one: without
     * EVENT_IDX, unless it set NO_INTERRUPT; with it, on the first since the reset and whenever the
     * used index has passed used_event (QEMU's virtio_split_should_notify). Asked after each
     * notify, when at most a queue's worth of buffers was used, so the used index cannot have
     * wrapped past the last interrupt's (QEMU, which asks less often, checks for that).
     */
    boolean wantsInterrupt(GuestMemory memory) {
        if (!memory.isRam(avail, 4 + 2L * size + (eventIndex ? 2 : 0))) {
            return true;
        }
        if (!eventIndex) {
            return (memory.u16(avail) & NO_INTERRUPT) == 0;
        }
        int old = signalledUsed;
        signalledUsed = usedIndex & 0xffff;
        boolean first = !signalled;
        signalled = true;
        int usedEvent = memory.u16(avail + 4 + 2L * size);
        return first || ((signalledUsed - usedEvent - 1) & 0xffff) < ((signalledUsed - old) & 0xffff);
    }
}
