package strata.compiler.pyc;

import java.io.ByteArrayOutputStream;

/**
 * UTF-8 for Python str, which may hold lone surrogates: a lone surrogate is written as the
 * three bytes UTF-8 would give its code point (CPython's {@code surrogatepass}), a surrogate pair
 * as the four bytes of the code point it stands for. Decoding accepts exactly that and rejects
 * overlong forms, bytes that cannot start or continue a sequence, and code points above U+10FFFF.
 */
final class Wtf8 {
    private Wtf8() {
    }

    static byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        text.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | c >> 6);
                out.write(0x80 | c & 0x3f);
            } else if (c < 0x10000) {
                out.write(0xe0 | c >> 12);
                out.write(0x80 | c >> 6 & 0x3f);
                out.write(0x80 | c & 0x3f);
            } else {
                out.write(0xf0 | c >> 18);
                out.write(0x80 | c >> 12 & 0x3f);
                out.write(0x80 | c >> 6 & 0x3f);
                out.write(0x80 | c & 0x3f);
            }
        });
        return out.toByteArray();
    }

    /** The text of {@code bytes}; the message of the exception says what is wrong and at which byte. */
    static String decode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xff;
            int length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3
                    : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                throw new IllegalArgumentException("invalid UTF-8 at byte " + i + " of the string");
            }
            int c = length == 1 ? lead : lead & (0x7f >> length);
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xff;
                if ((next & 0xc0) != 0x80) {
                    throw new IllegalArgumentException("invalid UTF-8 at byte " + (i + k) + " of the string");
                }
                c = c << 6 | next & 0x3f;
            }
            if (length == 3 && c < 0x800 || length == 4 && (c < 0x10000 || c > 0x10ffff)) {
                throw new IllegalArgumentException("overlong or out-of-range UTF-8 at byte " + i + " of the string");
            }
            text.appendCodePoint(c);
            i += length;
        }
        return text.toString();
    }
}
