package strata.assembler.disasm;

/** The small formatting rules objdump applies everywhere: addresses and names. */
final class Text {
    private Text() {
    }

    /** A 32-bit address with leading zeros, as objdump prints the start of a block. */
    static String hex8(long value) {
        return String.format("%08x", value & 0xffffffffL);
    }

    /** A 32-bit value without leading zeros. */
    static String hex(long value) {
        return Long.toHexString(value & 0xffffffffL);
    }

    /** objdump's sanitize_string: a control character c is shown as '^' and c + 0x40. */
    static String sanitize(String name) {
        StringBuilder text = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                text.append('^').append((char) ((c + 0x40) & 0xff));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
