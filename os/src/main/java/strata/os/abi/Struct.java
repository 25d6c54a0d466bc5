package strata.os.abi;

import java.util.ArrayList;
import java.util.List;

/**
 * A structure the kernel keeps in memory and others read (the debugger, the terminal UI): its
 * fields in order, each at the next offset aligned to its size (words at multiples of 4), as a C
 * compiler for the ilp32 ABI would place them. The assembler sees it as {@code .equ} lines
 * {@code PREFIX_FIELD, offset} and {@code PREFIX_SIZE}; the Java side reads {@link #offset}.
 */
public record Struct(String name, String prefix, String meaning, List<Field> fields) {

    /** One field: its name (upper case in the include), its size in bytes and what it holds. */
    public record Field(String name, int size, String meaning) {
        public Field {
            if (size <= 0) {
                throw new IllegalArgumentException(name + ": a field has a positive size");
            }
        }

        int alignment() {
            return size >= 4 ? 4 : Integer.highestOneBit(size);
        }
    }

    public Struct {
        fields = List.copyOf(fields);
    }

    /** A word-sized field. */
    public static Field word(String name, String meaning) {
        return new Field(name, 4, meaning);
    }

    /** The offset of each field, in order. */
    public List<Integer> offsets() {
        List<Integer> offsets = new ArrayList<>();
        int at = 0;
        for (Field field : fields) {
            at = align(at, field.alignment());
            offsets.add(at);
            at += field.size();
        }
        return offsets;
    }

    /** The offset of field {@code fieldName}; {@link IllegalArgumentException} if there is none. */
    public int offset(String fieldName) {
        List<Integer> offsets = offsets();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) {
                return offsets.get(i);
            }
        }
        throw new IllegalArgumentException(name + " has no field " + fieldName);
    }

    /** The size, a multiple of 4 so that arrays of the structure keep their words aligned. */
    public int size() {
        if (fields.isEmpty()) {
            return 0;
        }
        Field last = fields.get(fields.size() - 1);
        return align(offsets().get(fields.size() - 1) + last.size(), 4);
    }

    private static int align(int value, int alignment) {
        return (value + alignment - 1) & -alignment;
    }
}
