package strata.cpu.dev;

/** A bounded first-in first-out queue of bytes in a ring: the UART's receive FIFO. */
final class ByteFifo {
    private final byte[] ring;
    private int head;
    private int size;

    ByteFifo(int capacity) {
        ring = new byte[capacity];
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean isFull() {
        return size == ring.length;
    }

    int size() {
        return size;
    }

    /** Appends {@code value}; the queue must not be full. */
    void push(int value) {
        ring[(head + size) % ring.length] = (byte) value;
        size++;
    }

    /** Removes and returns the oldest byte, 0..255; the queue must not be empty. */
    int pop() {
        int value = ring[head] & 0xff;
        head = (head + 1) % ring.length;
        size--;
        return value;
    }

    void clear() {
        head = 0;
        size = 0;
    }
}
