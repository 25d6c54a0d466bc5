package strata.os.boot;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Adds {@code /chosen/linux,initrd-start} and {@code linux,initrd-end} to a flattened device tree,
 * as QEMU 7.2's {@code -initrd} does (one cell each, {@code hw/riscv/boot.c}). Strata's machine has
 * no {@code -initrd} of its own yet, so the tests load the initrd and edit the tree the way QEMU
 * would have written it. The blob's layout is the Devicetree Specification's (v0.4, chapter 5):
 * header, memory reservations, structure block, strings block, all big-endian.
 */
public final class InitrdDeviceTree {
    private static final int MAGIC = 0xd00dfeed;
    private static final int BEGIN_NODE = 1, END_NODE = 2, PROP = 3, NOP = 4, END = 9;
    private static final int TOTALSIZE = 4, OFF_STRUCT = 8, OFF_STRINGS = 12, SIZE_STRINGS = 32, SIZE_STRUCT = 36;

    private InitrdDeviceTree() {
    }

    /** {@code blob} with the two properties added to {@code /chosen}; the node must exist. */
    public static byte[] withInitrd(byte[] blob, long start, long end) {
        ByteBuffer tree = ByteBuffer.wrap(blob);
        if (tree.getInt(0) != MAGIC) {
            throw new IllegalArgumentException("not a flattened device tree");
        }
        int structStart = tree.getInt(OFF_STRUCT);
        int stringsStart = tree.getInt(OFF_STRINGS);
        int stringsSize = tree.getInt(SIZE_STRINGS);
        int structSize = tree.getInt(SIZE_STRUCT);
        int insertAt = chosenBody(tree, structStart, structStart + structSize, stringsStart);

        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        strings.write(blob, stringsStart, stringsSize);
        int startName = stringsSize;
        strings.writeBytes("linux,initrd-start\0".getBytes(StandardCharsets.US_ASCII));
        int endName = strings.size();
        strings.writeBytes("linux,initrd-end\0".getBytes(StandardCharsets.US_ASCII));

        ByteBuffer properties = ByteBuffer.allocate(2 * 16);
        properties.putInt(PROP).putInt(4).putInt(startName).putInt((int) start);
        properties.putInt(PROP).putInt(4).putInt(endName).putInt((int) end);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(blob, 0, insertAt);
        out.writeBytes(properties.array());
        out.write(blob, insertAt, structStart + structSize - insertAt);
        int newStringsStart = out.size();
        out.writeBytes(strings.toByteArray());
        ByteBuffer result = ByteBuffer.wrap(out.toByteArray());
        result.putInt(TOTALSIZE, result.capacity());
        result.putInt(OFF_STRINGS, newStringsStart);
        result.putInt(SIZE_STRINGS, strings.size());
        result.putInt(SIZE_STRUCT, structSize + properties.capacity());
        return result.array();
    }

    /** The offset right after the name of the root's child "chosen": where its properties begin. */
    private static int chosenBody(ByteBuffer tree, int at, int end, int strings) {
        int depth = 0;
        while (at < end) {
            int token = tree.getInt(at);
            at += 4;
            switch (token) {
                case BEGIN_NODE -> {
                    int nameEnd = at;
                    while (tree.get(nameEnd) != 0) {
                        nameEnd++;
                    }
                    String name = new String(tree.array(), at, nameEnd - at, StandardCharsets.US_ASCII);
                    depth++;
                    at = (nameEnd + 1 + 3) & -4;
                    if (depth == 2 && name.equals("chosen")) {
                        return at;
                    }
                }
                case END_NODE -> depth--;
                case PROP -> at = (at + 8 + tree.getInt(at) + 3) & -4;
                case NOP -> {
                }
                case END -> at = end;
                default -> throw new IllegalArgumentException("bad token " + token + " in the structure block");
            }
        }
        throw new IllegalArgumentException("the device tree has no /chosen node");
    }
}
