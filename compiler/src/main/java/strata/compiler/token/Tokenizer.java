package strata.compiler.token;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import strata.compiler.ast.StrRepr;
import strata.compiler.error.ErrorKind;
import strata.compiler.error.PythonSyntaxError;

/**
 * CPython 3.11's tokenizer ({@code Parser/tokenizer.c}) over a {@link Source}: logical lines and
 * NEWLINE, INDENT/DEDENT (tabs to multiples of 8, checked against tabs of width 1 for TabError),
 * implicit joining inside brackets and explicit joining with a backslash, names, numbers, strings
 * (an f-string is one STRING token, as in 3.11) and operators, with CPython's error messages at
 * CPython's positions. The first error ends the token list with an ERROR token. Non-ASCII names
 * are NFKC-normalized, as CPython's parser does.
 */
public final class Tokenizer {

    private static final int TAB_SIZE = 8;
    private static final int MAX_INDENT = 100;
    private static final int MAX_LEVEL = 200;
    private static final Set<String> THREE = Set.of("**=", "...", "//=", "<<=", ">>=");
    private static final Set<String> TWO = Set.of("!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
            "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=");
    private static final String ONE = "%&()*+,-./:;<=>@[]^{|}~";
    /** The first characters of the two- and three-character operators. */
    private static final String MULTI = "!%&*+-./:<=>@^|";

    private final Source source;
    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int depth;
    private final char[] parens = new char[MAX_LEVEL];
    private final int[] parenStarts = new int[MAX_LEVEL];
    private int level;
    private int pos;
    private int limit;
    private int lineHint = 1;
    private boolean atLineStart = true;

    private Tokenizer(Source source) {
        this.source = source;
        this.text = source.text();
        this.limit = text.length();
    }

    /** All the tokens of {@code source}, ending with ENDMARKER, or with an ERROR token at the first error. */
    public static List<Token> tokenize(Source source) {
        return new Tokenizer(source).all();
    }

    /**
     * The tokens of the expression of an f-string replacement field, from character {@code start}
     * to {@code end} of the source: read as inside brackets (newlines join lines), at their real
     * positions, ending with ENDMARKER (or an ERROR token).
     */
    public static List<Token> tokenizeRange(Source source, int start, int end) {
        Tokenizer tokenizer = new Tokenizer(source);
        tokenizer.pos = start;
        tokenizer.limit = end;
        tokenizer.atLineStart = false;
        tokenizer.parens[0] = '{';
        tokenizer.parenStarts[0] = start - 1;
        tokenizer.level = 1;
        return tokenizer.all();
    }

    private List<Token> all() {
        try {
            run();
        } catch (PythonSyntaxError e) {
            int at = Math.min(pos, source.length());
            add(TokenKind.ERROR, at, at, e);
        }
        return tokens;
    }

    private void run() {
        while (true) {
            if (atLineStart && !indentation()) {
                continue;
            }
            skipBlanks();
            if (pos >= limit) {
                if (limit < text.length()) {
                    add(TokenKind.ENDMARKER, limit, limit, null);
                    return;
                }
                endOfFile();
                return;
            }
            char c = text.charAt(pos);
            if (c == '#') {
                while (text.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            if (c == '\n') {
                newline();
            } else if (c == '\\') {
                continuation();
            } else if (isIdentifierStart(c)) {
                nameOrString();
            } else if (c >= '0' && c <= '9' || c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
                new NumberScanner(source, pos).scan(this);
            } else if (c == '\'' || c == '"') {
                string(pos);
            } else {
                operator(c);
            }
        }
    }

    private void skipBlanks() {
        while (pos < limit && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t' || text.charAt(pos) == '\f')) {
            pos++;
        }
    }

    /**
     * Measures the indentation of a new line and queues INDENT or DEDENTs. Lines with only blanks
     * or a comment change nothing; nor do lines inside brackets. Returns false if the line was
     * blank and has been skipped.
     */
    private boolean indentation() {
        atLineStart = false;
        int col = 0;
        int altCol = 0;
        int continuedCol = -1;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ') {
                col++;
                altCol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altCol++;
            } else if (c == '\f') {
                col = 0;
                altCol = 0;
            } else if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                continuedCol = continuedCol >= 0 ? continuedCol : col;
                pos++;
            } else {
                break;
            }
            pos++;
        }
        if (pos >= text.length()) {
            return true;
        }
        char c = text.charAt(pos);
        if (c == '#' || c == '\n') {
            if (c == '#') {
                while (text.charAt(pos) != '\n') {
                    pos++;
                }
            }
            pos++;
            atLineStart = true;
            return false;
        }
        if (level > 0) {
            return true;
        }
        if (continuedCol >= 0) {
            col = continuedCol;
            altCol = continuedCol;
        }
        if (col == indents[depth]) {
            if (altCol != altIndents[depth]) {
                throw tabError();
            }
        } else if (col > indents[depth]) {
            if (depth + 1 >= MAX_INDENT) {
                throw source.errorAt(ErrorKind.IndentationError, "too many levels of indentation", pos, 1, 0);
            }
            if (altCol <= altIndents[depth]) {
                throw tabError();
            }
            depth++;
            indents[depth] = col;
            altIndents[depth] = altCol;
            add(TokenKind.INDENT, source.lineStart(source.lineOf(pos)), pos, null);
        } else {
            int target = depth;
            while (target > 0 && col < indents[target]) {
                target--;
            }
            if (col != indents[target]) {
                int lineEnd = text.indexOf('\n', pos);
                throw source.errorAt(ErrorKind.IndentationError, "unindent does not match any outer indentation level",
                        pos, source.charCol(source.lineOf(pos), lineEnd) + 1, -1);
            }
            if (altCol != altIndents[target]) {
                throw tabError();
            }
            while (depth > target) {
                depth--;
                add(TokenKind.DEDENT, pos, pos, null);
            }
        }
        return true;
    }

    private PythonSyntaxError tabError() {
        return source.errorAt(ErrorKind.TabError, "inconsistent use of tabs and spaces in indentation", pos, 1, 0);
    }

    private void newline() {
        if (level == 0) {
            add(TokenKind.NEWLINE, pos, pos, null);
        }
        pos++;
        atLineStart = true;
    }

    /** A backslash joins this line with the next; anything else after it is an error. */
    private void continuation() {
        if (pos + 1 >= text.length() || text.charAt(pos + 1) != '\n') {
            throw source.error(ErrorKind.SyntaxError, "unexpected character after line continuation character",
                    pos + 1, -1);
        }
        pos += 2;
        if (pos >= text.length()) {
            throw source.errorAt(ErrorKind.SyntaxError, "unexpected EOF while parsing", pos - 2,
                    source.charCol(source.lineOf(pos - 2), pos), -1);
        }
    }

    private void endOfFile() {
        if (level > 0) {
            int at = parenStarts[level - 1];
            throw source.error(ErrorKind.SyntaxError, "'" + parens[level - 1] + "' was never closed", at, -1);
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != TokenKind.NEWLINE) {
            add(TokenKind.NEWLINE, pos, pos, null);
        }
        while (depth > 0) {
            depth--;
            add(TokenKind.DEDENT, pos, pos, null);
        }
        add(TokenKind.ENDMARKER, pos, pos, null);
    }

    /** A name, or the prefix of a string: any order of one of b/u/f with r, but no ur, ub or fb. */
    private void nameOrString() {
        int start = pos;
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        while (pos < text.length()) {
            char c = Character.toLowerCase(text.charAt(pos));
            if (c == 'b' && !sawB && !sawU && !sawF) {
                sawB = true;
            } else if (c == 'u' && !sawB && !sawU && !sawR && !sawF) {
                sawU = true;
            } else if (c == 'r' && !sawR && !sawU) {
                sawR = true;
            } else if (c == 'f' && !sawF && !sawB && !sawU) {
                sawF = true;
            } else {
                break;
            }
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"')) {
                string(start);
                return;
            }
        }
        boolean ascii = true;
        while (pos < text.length() && isIdentifierChar(text.charAt(pos))) {
            ascii &= text.charAt(pos) < 0x80;
            pos++;
        }
        add(TokenKind.NAME, start, pos, null);
        if (!ascii) {
            Identifiers.verify(source, start, pos);
            Token token = tokens.remove(tokens.size() - 1);
            tokens.add(new Token(TokenKind.NAME, Normalizer.normalize(token.text(), Normalizer.Form.NFKC), token.line(),
                    token.col(), token.endLine(), token.endCol(), token.start(), token.end(), level, null));
        }
    }

    /** A string literal whose prefix starts at {@code start} and whose quote is at {@code pos}. */
    private void string(int start) {
        char quote = text.charAt(pos);
        int quoteSize = 1;
        if (pos + 2 < text.length() && text.charAt(pos + 1) == quote && text.charAt(pos + 2) == quote) {
            quoteSize = 3;
        }
        pos += quoteSize;
        while (true) {
            if (pos >= text.length() || quoteSize == 1 && text.charAt(pos) == '\n') {
                int detected = source.lineOf(Math.min(pos, text.length() - 1));
                pos = start;
                String what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
                throw source.tokenizerError(what + " (detected at line " + detected + ")", start + 1);
            }
            char c = text.charAt(pos);
            if (c == quote && (quoteSize == 1 || pos + 2 < text.length() && text.charAt(pos + 1) == quote
                    && text.charAt(pos + 2) == quote)) {
                pos += quoteSize;
                break;
            }
            pos += c == '\\' && pos + 1 < text.length() ? 2 : 1;
        }
        add(TokenKind.STRING, start, pos, null);
    }

    private void operator(char c) {
        int start = pos;
        boolean longer = MULTI.indexOf(c) >= 0 && pos + 1 < text.length();
        if (longer && pos + 3 <= text.length() && THREE.contains(text.substring(pos, pos + 3))) {
            pos += 3;
        } else if (longer && TWO.contains(text.substring(pos, pos + 2))) {
            pos += 2;
        } else {
            pos++;
            brackets(c, start);
            if (ONE.indexOf(c) < 0 && !StrRepr.isPrintable(text.codePointAt(start))) {
                throw source.tokenizerError(String.format("invalid non-printable character U+%04X",
                        text.codePointAt(start)), pos);
            }
            if (Character.isHighSurrogate(c) && pos < text.length()) {
                pos++;
            }
        }
        add(TokenKind.OP, start, pos, null);
    }

    /** Keeps the stack of open brackets, for implicit line joining and the bracket errors. */
    private void brackets(char c, int start) {
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAX_LEVEL) {
                    throw source.tokenizerError("too many nested parentheses", pos);
                }
                parens[level] = c;
                parenStarts[level] = start;
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) {
                    throw source.tokenizerError("unmatched '" + c + "'", pos);
                }
                level--;
                char opening = parens[level];
                if (opening != (c == ')' ? '(' : c == ']' ? '[' : '{')) {
                    int openLine = source.lineOf(parenStarts[level]);
                    String message = "closing parenthesis '" + c + "' does not match opening parenthesis '" + opening + "'";
                    throw source.tokenizerError(openLine == source.lineOf(start) ? message
                            : message + " on line " + openLine, pos);
                }
            }
            default -> {
            }
        }
    }

    /** Adds the token from character {@code start} to {@code end}, with its line and byte columns. */
    void add(TokenKind kind, int start, int end, PythonSyntaxError error) {
        int line = lineOf(start);
        int endLine = line;
        while (endLine < source.lineCount() && source.lineStart(endLine + 1) < end) {
            endLine++;
        }
        int col = start >= text.length() ? 0 : source.byteCol(line, start);
        int endCol = end > start ? source.byteCol(endLine, end) : col;
        if (start >= text.length()) {
            line = source.lineCount() + 1;
            endLine = line;
        }
        tokens.add(new Token(kind, text.substring(start, end), line, col, endLine, endCol, start, end, level, error));
    }

    /** The line of {@code index}, found from the last token's line: tokens come in source order. */
    private int lineOf(int index) {
        if (index < source.lineStart(lineHint)) {
            lineHint = source.lineOf(index);
        }
        while (lineHint < source.lineCount() && source.lineStart(lineHint + 1) <= index) {
            lineHint++;
        }
        return lineHint;
    }

    /** Continues after a number that ends at {@code end}. */
    void numberEnds(int start, int end) {
        pos = end;
        add(TokenKind.NUMBER, start, end, null);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    static boolean isIdentifierChar(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}
