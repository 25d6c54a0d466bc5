package strata.assembler.object;

/** Bytes as hex for the model's toString, so a failed test shows which bytes differ. */
final class HexText {
    private static final int SHOWN = 64;

    private HexText() {
    }

    static String of(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, SHOWN); i++) {
            text.append(String.format("%02x", bytes[i]));
        }
        if (bytes.length > SHOWN) {
            text.append("...(").append(bytes.length).append(" bytes)");
        }
        return text.toString();
    }
}
