package strata.assembler.asm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Source bytes as lines. Bytes map one-to-one to chars (ISO-8859-1), so strings assemble to
 * exactly the bytes the file holds, UTF-8 or not; a line ends at LF, a CR before it is dropped.
 */
final class SourceText {

    private SourceText() {
    }

    static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            int stop = end < 0 ? text.length() : end;
            if (stop > start && text.charAt(stop - 1) == '\r') {
                stop--;
            }
            lines.add(text.substring(start, stop));
            start = next;
        }
        return lines;
    }

    /** Lines of text given as a Java string, encoded as UTF-8 the way a file would hold it. */
    static List<String> lines(String text) {
        return lines(text.getBytes(StandardCharsets.UTF_8));
    }
}
