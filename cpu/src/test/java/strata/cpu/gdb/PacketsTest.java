package strata.cpu.gdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The packet layer: framing, checksums, acknowledgements, escapes, run-length repeats, malformed input. */
class PacketsTest {
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

    private Packets wire(String bytes) {
        return new Packets(new ByteArrayInputStream(bytes.getBytes(StandardCharsets.ISO_8859_1)), sent);
    }

    private String sent() {
        return sent.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPacketWithTheRightChecksumIsAcknowledged() throws IOException {
        Packets packets = wire("$g#67");
        assertThat(packets.read()).isEqualTo(new Packets.Packet("g"));
        assertThat(sent()).isEqualTo("+");
        assertThat(packets.read()).isEqualTo(new Packets.End());
    }

    @Test
    void acknowledgementsAndNoiseBeforeAPacketAreSkipped() throws IOException {
        assertThat(wire("+-+xyz$?#3f").read()).isEqualTo(new Packets.Packet("?"));
    }

    @Test
    void aBadChecksumIsRefusedAndTheNextPacketStillRead() throws IOException {
        Packets packets = wire("$g#00$g#67");
        assertThat(packets.read()).isEqualTo(new Packets.Bad("bad checksum"));
        assertThat(packets.read()).isEqualTo(new Packets.Packet("g"));
        assertThat(sent()).isEqualTo("-+");
    }

    @Test
    void aChecksumThatIsNotHexIsRefused() throws IOException {
        assertThat(wire("$g#zz").read()).isEqualTo(new Packets.Bad("bad checksum"));
    }

    @Test
    void aTruncatedPacketEndsTheConnection() throws IOException {
        assertThat(wire("$g#6").read()).isEqualTo(new Packets.End());
        assertThat(wire("$mffff").read()).isEqualTo(new Packets.End());
    }

    @Test
    void ctrlCIsAnInterrupt() throws IOException {
        assertThat(wire("\u0003").read()).isEqualTo(new Packets.Interrupt());
    }

    @Test
    void anOverlongPacketIsRefused() throws IOException {
        String huge = "$" + "a".repeat(0x5000) + "#00";
        assertThat(wire(huge).read()).isInstanceOf(Packets.Bad.class);
    }

    @Test
    void noAckModeSendsNoAcknowledgements() throws IOException {
        Packets packets = wire("$g#67$g#00");
        packets.stopAcknowledging();
        assertThat(packets.read()).isEqualTo(new Packets.Packet("g"));
        assertThat(packets.read()).isInstanceOf(Packets.Bad.class);
        assertThat(sent()).isEmpty();
    }

    @Test
    void escapesAndRepeatsAreUndone() {
        assertThat(Packets.decode("abc")).isEqualTo("abc");
        assertThat(Packets.decode("}]")).isEqualTo("}");
        assertThat(Packets.decode("}\u0003")).isEqualTo("#");
        assertThat(Packets.decode("}\u0004")).isEqualTo("$");
        assertThat(Packets.decode("}\n")).isEqualTo("*");
        assertThat(Packets.decode("0* ")).as("' ' is 32: three more").isEqualTo("0000");
        assertThat(Packets.decode("x*\"")).isEqualTo("xxxxxx");
        assertThat(Packets.decode("ab*!c")).isEqualTo("abbbbbc");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc}", "*x", "ab*", "a*\u0010"})
    void truncatedEscapesAndRepeatsAreMalformed(String raw) {
        assertThat(Packets.decode(raw)).isNull();
    }

    @Test
    void aMalformedPayloadIsRefused() throws IOException {
        String raw = "ab*";
        int sum = 0;
        for (char c : raw.toCharArray()) {
            sum += c;
        }
        assertThat(wire(String.format("$%s#%02x", raw, sum & 0xff)).read())
                .isEqualTo(new Packets.Bad("a truncated escape or repeat"));
    }

    @Test
    void sentPacketsCarryTheirChecksum() throws IOException {
        wire("").write("OK");
        assertThat(sent()).isEqualTo("$OK#9a");
        assertThat(Packets.frame("")).isEqualTo("$#00");
    }

    @Test
    void binaryRepliesEscapeTheFramingBytes() {
        assertThat(Packets.escape("a#b$c}d*e")).isEqualTo("a}\u0003b}\u0004c}]d}\ne");
        assertThat(Packets.decode(Packets.escape("a#b$c}d*e"))).isEqualTo("a#b$c}d*e");
    }
}
