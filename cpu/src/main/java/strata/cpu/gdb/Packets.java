package strata.cpu.gdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The framing of GDB's remote serial protocol: {@code $payload#cc}, where cc is the sum of the
 * payload's bytes modulo 256 in two hex digits, answered {@code +} (received) or {@code -}
 * (send again) until QStartNoAckMode turns acknowledgements off. Inside a payload {@code }}
 * escapes the next byte (XORed with 0x20), and {@code *} repeats the previous character: the
 * byte after it, minus 29, gives how many more times. A lone 0x03 is an interrupt (Ctrl-C).
 */
public final class Packets {
    /** What {@link #read} found on the wire. */
    public sealed interface Incoming {
    }

    /** A packet whose checksum matched, unescaped and expanded. */
    public record Packet(String data) implements Incoming {
    }

    /** Ctrl-C: stop the running target. */
    public record Interrupt() implements Incoming {
    }

    /** A packet that cannot be used (its checksum, a truncated escape or repeat); it was refused with {@code -}. */
    public record Bad(String why) implements Incoming {
    }

    /** The connection closed. */
    public record End() implements Incoming {
    }

    private static final int INTERRUPT = 0x03;
    private static final int MAX_PACKET = 0x4000;

    private final InputStream in;
    private final OutputStream out;
    private boolean acknowledging = true;

    public Packets(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** Stops sending and expecting acknowledgements (after QStartNoAckMode is answered). */
    public void stopAcknowledging() {
        acknowledging = false;
    }

    /** True if an interrupt or a packet is waiting to be read. */
    public boolean ready() throws IOException {
        return in.available() > 0;
    }

    /** The next packet or interrupt; acknowledgements the other side sends are skipped. */
    public Incoming read() throws IOException {
        int c;
        do {
            c = in.read();
            if (c < 0) {
                return new End();
            }
            if (c == INTERRUPT) {
                return new Interrupt();
            }
        } while (c != '$');
        StringBuilder raw = new StringBuilder();
        int sum = 0;
        while ((c = in.read()) != '#') {
            if (c < 0) {
                return new End();
            }
            if (raw.length() > MAX_PACKET) {
                return refuse("longer than " + MAX_PACKET + " bytes");
            }
            raw.append((char) c);
            sum += c;
        }
        int high = in.read();
        int low = in.read();
        if (low < 0) {
            return new End();
        }
        int checksum = Character.digit(high, 16) << 4 | Character.digit(low, 16);
        if (Character.digit(high, 16) < 0 || Character.digit(low, 16) < 0 || checksum != (sum & 0xff)) {
            return refuse("bad checksum");
        }
        String data = decode(raw);
        if (data == null) {
            return refuse("a truncated escape or repeat");
        }
        if (acknowledging) {
            out.write('+');
            out.flush();
        }
        return new Packet(data);
    }

    private Incoming refuse(String why) throws IOException {
        if (acknowledging) {
            out.write('-');
            out.flush();
        }
        return new Bad(why);
    }

    /** Undoes escapes and expands run-length repeats; null if the payload ends inside one. */
    static String decode(CharSequence raw) {
        StringBuilder data = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '}') {
                if (++i == raw.length()) {
                    return null;
                }
                data.append((char) (raw.charAt(i) ^ 0x20));
            } else if (c == '*') {
                if (++i == raw.length() || data.length() == 0 || raw.charAt(i) < 29) {
                    return null;
                }
                char previous = data.charAt(data.length() - 1);
                data.append(String.valueOf(previous).repeat(raw.charAt(i) - 29));
            } else {
                data.append(c);
            }
        }
        return data.toString();
    }

    /** {@code data} with the bytes the framing gives a meaning ({@code # $ } *}) escaped, for binary replies. */
    public static String escape(String data) {
        StringBuilder escaped = new StringBuilder(data.length());
        for (char c : data.toCharArray()) {
            if (c == '#' || c == '$' || c == '}' || c == '*') {
                escaped.append('}').append((char) (c ^ 0x20));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** {@code $data#cc}. */
    static String frame(String data) {
        int sum = 0;
        for (char c : data.toCharArray()) {
            sum += c & 0xff;
        }
        return String.format("$%s#%02x", data, sum & 0xff);
    }

    /** Sends one packet (already escaped where it needs to be). */
    public void write(String data) throws IOException {
        out.write(frame(data).getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
