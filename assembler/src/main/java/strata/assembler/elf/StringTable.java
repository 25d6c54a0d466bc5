package strata.assembler.elf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * An ELF string table being built: a NUL byte, then each distinct string once, NUL-terminated.
 * The empty string is offset 0.
 */
final class StringTable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Map<String, Integer> offsets = new HashMap<>();

    StringTable() {
        bytes.write(0);
        offsets.put("", 0);
    }

    /** The offset of {@code text} in the table, adding it if it is new. */
    int add(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a name in an ELF string table cannot contain NUL: " + text);
        }
        return offsets.computeIfAbsent(text, key -> {
            int offset = bytes.size();
            bytes.writeBytes(key.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
            return offset;
        });
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
