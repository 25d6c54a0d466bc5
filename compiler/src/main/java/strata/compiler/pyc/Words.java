package strata.compiler.pyc;

import java.util.Arrays;

/** A growing buffer of little-endian words, the unit everything in a {@code .pyc} is made of. */
final class Words {
    private byte[] bytes = new byte[1024];
    private int size;

    void word(int value) {
        ensure(Pyc.WORD);
        bytes[size] = (byte) value;
        bytes[size + 1] = (byte) (value >>> 8);
        bytes[size + 2] = (byte) (value >>> 16);
        bytes[size + 3] = (byte) (value >>> 24);
        size += Pyc.WORD;
    }

    /** An IEEE 754 double as two words, the low word first. */
    void doubleWords(double value) {
        long bits = Double.doubleToRawLongBits(value);
        word((int) bits);
        word((int) (bits >>> 32));
    }

    /** The bytes, then zeros up to the next word boundary. */
    void padded(byte[] data) {
        int length = (data.length + Pyc.WORD - 1) / Pyc.WORD * Pyc.WORD;
        ensure(length);
        System.arraycopy(data, 0, bytes, size, data.length);
        size += length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
