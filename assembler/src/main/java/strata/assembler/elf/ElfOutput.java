package strata.assembler.elf;

/** Little-endian writes into a file image whose size is known before the first write. */
final class ElfOutput {
    private final byte[] bytes;

    ElfOutput(int size) {
        bytes = new byte[size];
    }

    void u8(int offset, int value) {
        bytes[offset] = (byte) value;
    }

    void u16(int offset, int value) {
        bytes[offset] = (byte) value;
        bytes[offset + 1] = (byte) (value >>> 8);
    }

    void u32(int offset, int value) {
        bytes[offset] = (byte) value;
        bytes[offset + 1] = (byte) (value >>> 8);
        bytes[offset + 2] = (byte) (value >>> 16);
        bytes[offset + 3] = (byte) (value >>> 24);
    }

    void bytes(int offset, byte[] data) {
        System.arraycopy(data, 0, bytes, offset, data.length);
    }

    byte[] toByteArray() {
        return bytes;
    }
}
