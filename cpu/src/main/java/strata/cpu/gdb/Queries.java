package strata.cpu.gdb;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The {@code q} and {@code Q} packets: what the stub supports, the target description, the one
 * thread, and turning acknowledgements off. Anything else gets the empty reply ("not supported").
 */
final class Queries {
    /** What the stub supports, as qSupported announces it. */
    static final String SUPPORTED = "PacketSize=4000;qXfer:features:read+;swbreak+;hwbreak+;QStartNoAckMode+;"
            + "vContSupported+";
    private static final String FEATURES = "qXfer:features:read:";

    private Queries() {
    }

    static String answer(String data, GdbConnection connection) {
        if (data.startsWith("qSupported")) {
            if (data.contains("swbreak+") && data.contains("hwbreak+")) {
                connection.reportBreakKind();
            }
            return SUPPORTED;
        }
        if (data.startsWith(FEATURES)) {
            return features(data.substring(FEATURES.length()), connection.target());
        }
        return switch (data) {
            case "QStartNoAckMode" -> startNoAck(connection);
            case "qAttached" -> "1";
            case "qC" -> "QC1";
            case "qfThreadInfo" -> "m1";
            case "qsThreadInfo" -> "l";
            case "qSymbol::" -> "OK";
            default -> "";
        };
    }

    /** {@code ANNEX:OFFSET,LENGTH}: a piece of target.xml, {@code m} if more follows, {@code l} if it is the last. */
    private static String features(String request, TargetDescription target) {
        int colon = request.indexOf(':');
        int comma = request.indexOf(',', colon + 1);
        if (colon < 0 || comma < 0) {
            return "E01";
        }
        if (!request.substring(0, colon).equals("target.xml")) {
            return "E00";
        }
        long offset = Hex.number(request.substring(colon + 1, comma));
        long length = Hex.number(request.substring(comma + 1));
        String xml = target.xml();
        if (offset < 0 || length < 0 || offset > xml.length()) {
            return "E01";
        }
        int end = (int) Math.min(xml.length(), offset + length);
        return (end == xml.length() ? "l" : "m") + Packets.escape(xml.substring((int) offset, end));
    }

    /** Answers OK, then neither side acknowledges packets any more. */
    private static String startNoAck(GdbConnection connection) {
        try {
            connection.packets().write("OK");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connection.packets().stopAcknowledging();
        return null;
    }
}
