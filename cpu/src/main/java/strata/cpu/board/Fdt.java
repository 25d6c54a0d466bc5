package strata.cpu.board;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a flattened device tree blob (the Devicetree Specification v0.4, chapter 5): a 40-byte
 * header, an empty memory reservation block, the structure block of nested nodes and properties,
 * and the strings block of property names, each name stored once. All numbers are big-endian;
 * names and values are padded to 4 bytes. Nodes are opened and closed in document order.
 */
final class Fdt {
    private static final int MAGIC = 0xd00dfeed;
    private static final int HEADER_SIZE = 40;
    private static final int RESERVE_MAP_SIZE = 16;
    private static final int VERSION = 17;
    private static final int LAST_COMPATIBLE_VERSION = 16;
    private static final int BEGIN_NODE = 1, END_NODE = 2, PROP = 3, END = 9;

    private final ByteArrayOutputStream structure = new ByteArrayOutputStream();
    private final ByteArrayOutputStream strings = new ByteArrayOutputStream();
    private final Map<String, Integer> nameOffsets = new LinkedHashMap<>();
    private int depth;

    /** Opens node {@code name} ({@code ""} for the root, {@code unit@address} for the others). */
    Fdt begin(String name) {
        word(BEGIN_NODE);
        padded(terminated(name));
        depth++;
        return this;
    }

    /** Closes the innermost open node. */
    Fdt end() {
        if (depth == 0) {
            throw new IllegalStateException("no open node to end");
        }
        word(END_NODE);
        depth--;
        return this;
    }

    /** A property of 32-bit cells: {@code name = <a b c>}. */
    Fdt cells(String name, long... cells) {
        ByteBuffer value = ByteBuffer.allocate(4 * cells.length);
        for (long cell : cells) {
            value.putInt((int) cell);
        }
        return property(name, value.array());
    }

    /** A property of one string or a string list: {@code name = "a", "b"}. */
    Fdt strings(String name, String... values) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        for (String string : values) {
            value.writeBytes(terminated(string));
        }
        return property(name, value.toByteArray());
    }

    /** A property without a value, true by being there: {@code name;}. */
    Fdt flag(String name) {
        return property(name, new byte[0]);
    }

    /** The finished blob; every node must have been ended. */
    byte[] finish() {
        if (depth != 0) {
            throw new IllegalStateException(depth + " nodes are still open");
        }
        word(END);
        int structureOffset = HEADER_SIZE + RESERVE_MAP_SIZE;
        int stringsOffset = structureOffset + structure.size();
        int total = stringsOffset + strings.size();
        ByteBuffer blob = ByteBuffer.allocate(total);
        blob.putInt(MAGIC).putInt(total).putInt(structureOffset).putInt(stringsOffset).putInt(HEADER_SIZE)
                .putInt(VERSION).putInt(LAST_COMPATIBLE_VERSION).putInt(0).putInt(strings.size())
                .putInt(structure.size());
        blob.position(structureOffset);
        blob.put(structure.toByteArray()).put(strings.toByteArray());
        return blob.array();
    }

    private Fdt property(String name, byte[] value) {
        if (depth == 0) {
            throw new IllegalStateException("property " + name + " outside a node");
        }
        word(PROP);
        word(value.length);
        word(nameOffsets.computeIfAbsent(name, key -> {
            int offset = strings.size();
            strings.writeBytes(terminated(key));
            return offset;
        }));
        padded(value);
        return this;
    }

    private void word(int value) {
        structure.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
    }

    private void padded(byte[] bytes) {
        structure.writeBytes(bytes);
        structure.writeBytes(new byte[-bytes.length & 3]);
    }

    private static byte[] terminated(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        byte[] withNul = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, withNul, 0, bytes.length);
        return withNul;
    }
}
