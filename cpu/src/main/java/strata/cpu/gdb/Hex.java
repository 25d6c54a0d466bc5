package strata.cpu.gdb;

/** The hex encodings of the remote protocol: bytes as pairs of digits, registers little-endian. */
final class Hex {
    private Hex() {
    }

    static String bytes(byte[] data) {
        StringBuilder text = new StringBuilder(data.length * 2);
        for (byte b : data) {
            text.append(String.format("%02x", b & 0xff));
        }
        return text.toString();
    }

    /** The bytes {@code text} spells, or null if it is not whole pairs of hex digits. */
    static byte[] parseBytes(String text) {
        if (text.length() % 2 != 0) {
            return null;
        }
        byte[] data = new byte[text.length() / 2];
        for (int i = 0; i < data.length; i++) {
            int high = Character.digit(text.charAt(2 * i), 16);
            int low = Character.digit(text.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            data[i] = (byte) (high << 4 | low);
        }
        return data;
    }

    /** A 32-bit register as GDB sends it: four bytes, least significant first. */
    static String register(int value) {
        return String.format("%02x%02x%02x%02x", value & 0xff, value >>> 8 & 0xff, value >>> 16 & 0xff, value >>> 24 & 0xff);
    }

    /** The register in eight hex digits, least significant byte first; null if malformed. */
    static Integer parseRegister(String text) {
        byte[] data = parseBytes(text);
        if (data == null || data.length != 4) {
            return null;
        }
        return (data[0] & 0xff) | (data[1] & 0xff) << 8 | (data[2] & 0xff) << 16 | (data[3] & 0xff) << 24;
    }

    /** An unsigned hex number (an address, a length), or -1 if malformed or over 34 bits. */
    static long number(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return -1;
        }
        long value = 0;
        for (char c : text.toCharArray()) {
            int digit = Character.digit(c, 16);
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }
}
