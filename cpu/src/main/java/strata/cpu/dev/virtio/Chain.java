package strata.cpu.dev.virtio;

import java.util.List;

/**
 * One buffer the driver made available: the descriptor chain starting at {@code head}, as the
 * pieces of guest RAM it names, the ones the device reads first, then the ones it writes. The
 * pieces of each kind form one byte stream: a request's header may be split over two
 * descriptors, or share one with its data. Every piece lies in RAM ({@link Virtqueue#pop} checks).
 */
record Chain(int head, List<Piece> readable, List<Piece> writable) {

    /** {@code length} bytes of guest RAM at {@code address}. */
    record Piece(long address, int length) {
    }

    Chain {
        readable = List.copyOf(readable);
        writable = List.copyOf(writable);
    }

    long readableLength() {
        return total(readable);
    }

    long writableLength() {
        return total(writable);
    }

    /** {@code length} bytes of the readable stream from {@code offset}, which the caller keeps within it. */
    byte[] gather(GuestMemory memory, long offset, int length) {
        byte[] bytes = new byte[length];
        span(readable, offset, length,
                (address, done, n) -> System.arraycopy(memory.read(address, n), 0, bytes, done, n));
        return bytes;
    }

    /** Writes {@code length} bytes of {@code data} from {@code from} to the writable stream at {@code offset}. */
    void scatter(GuestMemory memory, long offset, byte[] data, int from, int length) {
        span(writable, offset, length, (address, done, n) -> memory.write(address, data, from + done, n));
    }

    /** The pieces of guest RAM that bytes {@code offset} to {@code offset + length} of a stream fall on. */
    private interface Span {
        void piece(long address, int done, int length);
    }

    private static void span(List<Piece> pieces, long offset, int length, Span span) {
        int done = 0;
        long start = 0;
        for (Piece piece : pieces) {
            long at = Math.max(offset + done, start);
            long end = start + piece.length();
            if (done < length && at < end) {
                int n = (int) Math.min(end - at, length - done);
                span.piece(piece.address() + (at - start), done, n);
                done += n;
            }
            start = end;
        }
    }

    private static long total(List<Piece> pieces) {
        long sum = 0;
        for (Piece piece : pieces) {
            sum += piece.length();
        }
        return sum;
    }
}
