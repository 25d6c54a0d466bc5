package strata.cpu.board;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a flattened device tree blob back into its nodes (by path, in order) and their
 * properties, checking the header and the token stream as a kernel's parser would: the test's
 * independent reading of what {@link Fdt} wrote.
 */
final class FdtReader {
    private static final int BEGIN_NODE = 1, END_NODE = 2, PROP = 3, NOP = 4, END = 9;

    /** Every node of {@code blob} by its full path ({@code /}, {@code /cpus/cpu@0}), with its properties. */
    static Map<String, Map<String, byte[]>> read(byte[] blob) {
        ByteBuffer in = ByteBuffer.wrap(blob);
        if (in.getInt(0) != 0xd00dfeed) {
            throw new IllegalArgumentException("bad magic");
        }
        if (in.getInt(4) != blob.length) {
            throw new IllegalArgumentException("totalsize " + in.getInt(4) + " is not the blob's " + blob.length);
        }
        int structure = in.getInt(8);
        int strings = in.getInt(12);
        if (in.getInt(20) != 17 || in.getLong(in.getInt(16)) != 0 || in.getLong(in.getInt(16) + 8) != 0) {
            throw new IllegalArgumentException("not version 17 with an empty reservation map");
        }
        if (structure + in.getInt(36) > strings || strings + in.getInt(32) != blob.length) {
            throw new IllegalArgumentException("blocks overlap or do not fill the blob");
        }
        Map<String, Map<String, byte[]>> nodes = new LinkedHashMap<>();
        Deque<String> path = new ArrayDeque<>();
        in.position(structure);
        while (true) {
            int token = in.getInt();
            switch (token) {
                case BEGIN_NODE -> {
                    String name = string(blob, in.position());
                    skip(in, name.length() + 1);
                    String full = path.isEmpty() ? "/" : (path.peek().equals("/") ? "" : path.peek()) + "/" + name;
                    path.push(full);
                    nodes.put(full, new LinkedHashMap<>());
                }
                case END_NODE -> path.pop();
                case PROP -> {
                    int length = in.getInt();
                    String name = string(blob, strings + in.getInt());
                    byte[] value = new byte[length];
                    in.get(value);
                    skip(in, 0);
                    nodes.get(path.peek()).put(name, value);
                }
                case NOP -> { }
                case END -> {
                    if (!path.isEmpty()) {
                        throw new IllegalArgumentException("end inside " + path.peek());
                    }
                    return nodes;
                }
                default -> throw new IllegalArgumentException("bad token " + token + " at " + (in.position() - 4));
            }
        }
    }

    static String string(byte[] blob, int offset) {
        int end = offset;
        while (blob[end] != 0) {
            end++;
        }
        return new String(blob, offset, end - offset, StandardCharsets.US_ASCII);
    }

    /** Moves past {@code bytes} bytes and the padding to the next 4-byte boundary. */
    private static void skip(ByteBuffer in, int bytes) {
        int next = in.position() + bytes;
        in.position(next + (-next & 3));
    }
}
