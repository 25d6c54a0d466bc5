package strata.compiler.token;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import strata.compiler.error.ErrorKind;
import strata.compiler.error.PythonSyntaxError;

/**
 * A Python source file as the tokenizer reads it: decoded (UTF-8, or the encoding a coding cookie
 * in the first two lines names; a UTF-8 BOM is dropped), with every line ending made {@code \n}
 * and a final newline added as CPython adds one. It maps a character index to a line and to the
 * UTF-8 byte column the AST uses, and builds errors located as CPython locates them.
 */
public final class Source {

    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private final String text;
    private final int[] lineStarts;
    private final int lineCount;
    /** Set for each line that holds a non-ASCII character: only there do byte and char columns differ. */
    private final BitSet wide = new BitSet();

    private Source(String text) {
        this.text = text;
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                wide.set(count);
            }
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.lineCount = count;
    }

    /** The source in {@code text}, already decoded. */
    public static Source of(String text) {
        String normal = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
        if (!normal.isEmpty() && !normal.endsWith("\n")) {
            normal += "\n";
        }
        return new Source(normal);
    }

    /** The source file's bytes, decoded as CPython decodes them; a bad encoding is a SyntaxError. */
    public static Source decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        Charset charset = StandardCharsets.UTF_8;
        String name = cookie(bytes, skip);
        if (name != null && skip > 0 && !normalName(name).equals("utf-8")) {
            throw new PythonSyntaxError(ErrorKind.SyntaxError, "encoding problem: " + name + " with BOM", 0, -1, 0, 0,
                    null);
        }
        if (name != null) {
            charset = charset(name);
            if (charset == null) {
                throw new PythonSyntaxError(ErrorKind.SyntaxError, "unknown encoding: " + name, 0, 0, 0, 0, null);
            }
        }
        try {
            return of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString());
        } catch (CharacterCodingException e) {
            throw undecodable(bytes, skip, charset);
        }
    }

    /** The error for bytes that are not in the source's encoding, on the line of the first bad byte. */
    private static PythonSyntaxError undecodable(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        decoder.decode(in, CharBuffer.allocate(bytes.length), true);
        int end = in.position();
        int line = 1;
        int lineStart = skip;
        for (int i = skip; i < end; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = lineStart;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
            lineEnd++;
        }
        String text = new String(bytes, lineStart, lineEnd - lineStart, charset);
        int b = end < bytes.length ? bytes[end] & 0xff : 0;
        String why = b >= 0x80 && b < 0xc0 || b >= 0xf8 ? "invalid start byte" : "invalid continuation byte";
        String message = String.format("(unicode error) '%s' codec can't decode byte 0x%02x in position %d: %s",
                normalName(charset.name()), b, end - lineStart, why);
        return new PythonSyntaxError(ErrorKind.SyntaxError, message, line, text.length(), line, -1, text + "\n");
    }

    /** CPython's get_normal_name: utf-8 and latin-1 spellings to one name, others as they are. */
    private static String normalName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.matches("utf[-_]8([-_].*)?")) {
            return "utf-8";
        }
        return lower.matches("(latin-1|iso-8859-1|iso-latin-1)([-_].*)?") ? "iso-8859-1" : name;
    }

    /** The encoding named by a coding cookie on line 1, or on line 2 if line 1 is blank or a comment. */
    private static String cookie(byte[] bytes, int from) {
        int start = from;
        for (int line = 0; line < 2 && start < bytes.length; line++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            String text = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
            Matcher matcher = COOKIE.matcher(text);
            if (matcher.find()) {
                return matcher.group(1);
            }
            if (!text.isBlank() && !text.stripLeading().startsWith("#")) {
                return null;
            }
            start = end + 1;
        }
        return null;
    }

    /** Python's codec names as Java knows them: {@code latin-1}, {@code utf_8}, {@code iso-8859-15}... */
    private static Charset charset(String name) {
        String normal = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (normal.equals("utf-8") || normal.startsWith("utf-8-") || normal.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (normal.matches("latin-?1|iso-?8859-1|iso-latin-1|l1")) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(normal);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int index) {
        return text.charAt(index);
    }

    public int lineCount() {
        return lineCount;
    }

    /** The line (from 1) of character {@code index}. */
    public int lineOf(int index) {
        int found = Arrays.binarySearch(lineStarts, 0, lineCount, index);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The character index where line {@code line} (from 1) starts. */
    public int lineStart(int line) {
        return line <= lineCount ? lineStarts[line - 1] : text.length();
    }

    /** Line {@code line} with its newline, or null past the end. */
    public String lineText(int line) {
        if (line < 1 || line > lineCount) {
            return null;
        }
        int end = line < lineCount ? lineStarts[line] : text.length();
        return text.substring(lineStarts[line - 1], end);
    }

    /** The UTF-8 byte column of character {@code index} on line {@code line}. */
    public int byteCol(int line, int index) {
        int start = lineStart(line);
        if (!wide.get(line)) {
            return index - start;
        }
        int bytes = 0;
        for (int i = start; i < index; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < index && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The character column (code points from 0) of {@code index} on its line {@code line}. */
    public int charCol(int line, int index) {
        int start = lineStart(line);
        return text.codePointCount(start, Math.max(start, Math.min(index, text.length())));
    }

    /**
     * An error as CPython's tokenizer reports one: its offset counts the characters of the line
     * before {@code cur} (the tokenizer's cursor), and the range ends where it starts.
     */
    public PythonSyntaxError tokenizerError(String message, int cur) {
        int line = lineOf(Math.min(cur, text.length() - 1));
        int offset = charCol(line, cur);
        return new PythonSyntaxError(ErrorKind.SyntaxError, message, line, offset, line, offset, lineText(line));
    }

    /** An error on the line of {@code index}, at the given offsets (CPython's error paths vary). */
    public PythonSyntaxError errorAt(ErrorKind kind, String message, int index, int offset, int endOffset) {
        int line = lineOf(Math.min(index, text.length() - 1));
        return new PythonSyntaxError(kind, message, line, offset, line, endOffset, lineText(line));
    }

    /**
     * An error from character index {@code start} to {@code end} (both on the line of start or
     * later), with CPython's 1-based character offsets; {@code end} < 0 means no end.
     */
    public PythonSyntaxError error(ErrorKind kind, String message, int start, int end) {
        int line = lineOf(start);
        int offset = charCol(line, start) + 1;
        if (end < 0) {
            return new PythonSyntaxError(kind, message, line, offset, line, 0, lineText(line));
        }
        int endLine = lineOf(end);
        return new PythonSyntaxError(kind, message, line, offset, endLine, charCol(endLine, end) + 1, lineText(line));
    }
}
