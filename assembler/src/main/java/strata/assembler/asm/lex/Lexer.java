package strata.assembler.asm.lex;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import strata.assembler.asm.AsmException;

/**
 * Turns a statement into tokens with GNU {@code as} conventions: names may hold letters,
 * digits, {@code _ . $}; numbers are decimal, {@code 0x} hex, {@code 0b} binary or
 * {@code 0}-prefixed octal, up to 64 bits; {@code 'c} is a character constant; {@code 1b} and
 * {@code 1f} refer to numeric local labels; strings take C escapes. Source text is read as
 * ISO-8859-1, one char per byte, so a string's bytes are the file's bytes, whatever its encoding.
 */
public final class Lexer {
    private static final String[] OPERATORS = {
        "<<", ">>", "&&", "||", "==", "!=", "<>", "<=", ">=",
        "+", "-", "*", "/", "%", "&", "|", "^", "!", "~", "<", ">", "(", ")", ",", ":", "=", "@"
    };
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(64);

    private final String text;
    private int pos;

    private Lexer(String text, int from) {
        this.text = text;
        this.pos = from;
    }

    /** The tokens of {@code text} from index {@code from}, ending with an {@link Token.Kind#END} token. */
    public static List<Token> tokenize(String text, int from) {
        Lexer lexer = new Lexer(text, from);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (token.kind() != Token.Kind.END);
        return tokens;
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0);
    }

    public static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '.' || c == '$';
    }

    public static boolean isNamePart(char c) {
        return isNameStart(c) || Character.isDigit(c);
    }

    private Token next() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        int start = pos;
        if (pos >= text.length()) {
            return new Token(Token.Kind.END, start, start, "", 0, null);
        }
        char c = text.charAt(pos);
        if (isNameStart(c)) {
            while (pos < text.length() && isNamePart(text.charAt(pos))) {
                pos++;
            }
            return token(Token.Kind.IDENTIFIER, start, 0);
        }
        if (Character.isDigit(c)) {
            return number(start);
        }
        if (c == '"') {
            return string(start);
        }
        if (c == '\'') {
            return character(start);
        }
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return token(Token.Kind.OPERATOR, start, 0);
            }
        }
        throw new AsmException(start, "unexpected character '" + c + "'");
    }

    private Token token(Token.Kind kind, int start, long value) {
        return new Token(kind, start, pos, text.substring(start, pos), value, null);
    }

    private Token number(int start) {
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        String word = text.substring(start, end);
        pos = end;
        char last = word.charAt(word.length() - 1);
        if ((last == 'b' || last == 'f') && word.substring(0, word.length() - 1).chars().allMatch(Character::isDigit)
                && !(word.length() > 2 && word.startsWith("0b"))) {
            return token(Token.Kind.LOCAL_LABEL, start, Long.parseLong(word.substring(0, word.length() - 1)));
        }
        int radix = 10;
        String digits = word;
        if (word.length() > 1 && word.charAt(0) == '0') {
            char prefix = Character.toLowerCase(word.charAt(1));
            if (prefix == 'x') {
                radix = 16;
                digits = word.substring(2);
            } else if (prefix == 'b') {
                radix = 2;
                digits = word.substring(2);
            } else {
                radix = 8;
                digits = word.substring(1);
            }
        }
        BigInteger value;
        try {
            value = new BigInteger(digits, radix);
        } catch (NumberFormatException e) {
            return token(Token.Kind.MALFORMED_NUMBER, start, 0);
        }
        if (value.compareTo(MAX) >= 0) {
            throw new AsmException(start, "number '" + word + "' does not fit in 64 bits");
        }
        return token(Token.Kind.NUMBER, start, value.longValue());
    }

    private Token string(int start) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new AsmException(start, "unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                break;
            }
            if (c == '\\') {
                bytes.write(escape());
            } else {
                pos++;
                bytes.write(c);
            }
        }
        return new Token(Token.Kind.STRING, start, pos, text.substring(start, pos), 0, bytes.toByteArray());
    }

    private Token character(int start) {
        pos++;
        if (pos >= text.length()) {
            throw new AsmException(start, "missing character after quote");
        }
        long value;
        if (text.charAt(pos) == '\\') {
            value = escape();
        } else {
            value = text.charAt(pos);
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '\'') {
            pos++;
        }
        return token(Token.Kind.CHARACTER, start, value);
    }

    /**
     * Reads the escape sequence at {@code pos} (a backslash) and returns the byte it stands for:
     * GNU's set, \b \f \n \r \t \v, octal and \x hex; any other character stands for itself.
     */
    private int escape() {
        int start = pos;
        pos++;
        if (pos >= text.length()) {
            throw new AsmException(start, "unterminated escape sequence");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case 'n': return '\n';
            case 't': return '\t';
            case 'r': return '\r';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'v': return 0x0b;
            case 'x': case 'X': return digits(16, 2, start) & 0xff;
            default:
                if (c >= '0' && c <= '7') {
                    pos--;
                    return digits(8, 3, start) & 0xff;
                }
                return c;
        }
    }

    private int digits(int radix, int max, int start) {
        int value = 0;
        int count = 0;
        while (pos < text.length() && (radix == 16 || count < max) && Character.digit(text.charAt(pos), radix) >= 0) {
            value = value * radix + Character.digit(text.charAt(pos), radix);
            pos++;
            count++;
        }
        if (count == 0) {
            throw new AsmException(start, "bad escape sequence");
        }
        return value;
    }
}
