package strata.assembler.asm.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a physical line into statements the way GNU {@code as} does for RISC-V: {@code ;}
 * separates statements, {@code #} comments to the end of the line and {@code /* ... * /}
 * comments may span lines; none of them count inside a string or a character constant.
 *
 * <p>Each statement comes back as a string as long as the line, with everything that is not
 * part of it blanked out, so a column in the statement is a column in the line. The splitter
 * remembers an open block comment from one line to the next.
 */
public final class LineSplitter {
    private boolean inBlockComment;

    /** True if a block comment is still open at the end of the last line split. */
    public boolean inBlockComment() {
        return inBlockComment;
    }

    public List<String> split(String line) {
        List<String> statements = new ArrayList<>(1);
        char[] current = blank(line.length());
        boolean any = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (inBlockComment) {
                if (c == '*' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    inBlockComment = false;
                    i += 2;
                } else {
                    i++;
                }
            } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                inBlockComment = true;
                i += 2;
            } else if (c == '#') {
                break;
            } else if (c == ';') {
                if (any) {
                    statements.add(new String(current));
                }
                current = blank(line.length());
                any = false;
                i++;
            } else if (c == '"') {
                int end = endOfString(line, i);
                copy(line, current, i, end);
                any = true;
                i = end;
            } else if (c == '\'') {
                int end = endOfCharacter(line, i);
                copy(line, current, i, end);
                any = true;
                i = end;
            } else {
                current[i] = c;
                any |= !Character.isWhitespace(c);
                i++;
            }
        }
        if (any) {
            statements.add(new String(current));
        }
        return statements;
    }

    private static char[] blank(int length) {
        char[] chars = new char[length];
        java.util.Arrays.fill(chars, ' ');
        return chars;
    }

    private static void copy(String line, char[] into, int from, int to) {
        line.getChars(from, to, into, from);
    }

    /** The index just past the string starting at {@code start}, or the line's end if unclosed. */
    static int endOfString(String line, int start) {
        int i = start + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return line.length();
    }

    /** A character constant is a quote and one character, maybe escaped, maybe closed by a quote. */
    private static int endOfCharacter(String line, int start) {
        int i = start + 1;
        if (i < line.length() && line.charAt(i) == '\\') {
            i++;
        }
        i = Math.min(i + 1, line.length());
        if (i < line.length() && line.charAt(i) == '\'') {
            i++;
        }
        return i;
    }
}
