package strata.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import strata.compiler.ast.Expr;
import strata.compiler.ast.Span;
import strata.compiler.ast.Value;
import strata.compiler.error.ErrorKind;
import strata.compiler.token.Token;
import strata.compiler.token.TokenKind;
import strata.compiler.token.Tokenizer;

/**
 * Adjacent string tokens of which some are f-strings, into one JoinedStr as CPython 3.11 builds
 * it: literal text merged across tokens (empty pieces dropped), one FormattedValue per
 * replacement field, {@code {x=}} as its text then the value. Positions follow 3.11: the
 * JoinedStr, its literal pieces and FormattedValues span all the tokens; a format spec's JoinedStr
 * and its last literal piece span the spec's own token; the expressions in the fields have their
 * real positions (3.11 parses each as if it were in parentheses, so a tuple spans from the brace).
 */
final class FStrings {

    private static final int MAX_DEPTH = 2;

    private final ExpressionParser parser;
    private final Span span;

    FStrings(ExpressionParser parser, Span span) {
        this.parser = parser;
        this.span = span;
    }

    Expr joined(List<Token> parts) {
        Pieces pieces = new Pieces();
        for (Token part : parts) {
            String prefix = Literals.prefix(part).toLowerCase();
            boolean raw = prefix.contains("r");
            String body = Literals.body(part);
            if (prefix.contains("f")) {
                parse(part, Literals.bodyStart(part), Literals.bodyStart(part) + body.length(), raw, 0, pieces);
            } else {
                pieces.literal(raw ? body : Escapes.decode(parser, part, body, false));
            }
        }
        return new Expr.JoinedStr(pieces.finish(span), span);
    }

    /**
     * The literal text and fields of an f-string body, from source index {@code from} to {@code to}.
     * A backslash does not keep a brace from opening a field (3.11 warns about {@code \{} and
     * reads the field).
     */
    private void parse(Token token, int from, int to, boolean raw, int depth, Pieces pieces) {
        String text = parser.source.text();
        int i = from;
        StringBuilder literal = new StringBuilder();
        int literalStart = i;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '{' || c == '}') {
                if (i + 1 < to && text.charAt(i + 1) == c) {
                    literal.append(text, literalStart, i + 1);
                    i += 2;
                    literalStart = i;
                    continue;
                }
                literal.append(text, literalStart, i);
                if (c == '}') {
                    throw parser.errorAtFurthest(ErrorKind.SyntaxError, "f-string: single '}' is not allowed");
                }
                pieces.literal(decode(token, literal.toString(), raw));
                literal.setLength(0);
                i = field(token, i, to, raw, depth, pieces);
                literalStart = i;
            } else if (c == '\\' && !raw && i + 1 < to && text.charAt(i + 1) == 'N' && i + 2 < to
                    && text.charAt(i + 2) == '{') {
                int close = text.indexOf('}', i);
                i = close < 0 || close >= to ? to : close + 1;
            } else {
                i += c == '\\' && !raw && i + 1 < to && text.charAt(i + 1) == '\\' ? 2 : 1;
            }
        }
        literal.append(text, literalStart, to);
        pieces.literal(decode(token, literal.toString(), raw));
    }

    private String decode(Token token, String literal, boolean raw) {
        return raw ? literal : Escapes.decode(parser, token, literal, false);
    }

    /** One replacement field starting at the brace {@code open}; returns the index after its closing brace. */
    private int field(Token token, int open, int to, boolean raw, int depth, Pieces pieces) {
        if (depth >= MAX_DEPTH) {
            throw parser.errorAtFurthest(ErrorKind.SyntaxError, "f-string: expressions nested too deeply");
        }
        String text = parser.source.text();
        int end = expressionEnd(token, open + 1, to);
        if (text.substring(open + 1, end).isBlank()) {
            throw parser.errorAtFurthest(ErrorKind.SyntaxError, "f-string: empty expression not allowed");
        }
        Expr value = expression(token, open, end);
        int i = end;
        if (text.charAt(i) == '=') {
            i++;
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            pieces.literal(text.substring(open + 1, i));
        }
        boolean debug = i != end;
        int conversion = -1;
        if (i < to && text.charAt(i) == '!') {
            char kind = i + 1 < to ? text.charAt(i + 1) : 0;
            if (kind != 's' && kind != 'r' && kind != 'a') {
                throw parser.errorAtFurthest(ErrorKind.SyntaxError, i + 1 < to && text.charAt(i + 1) != '}' && text.charAt(i + 1) != ':'
                        ? "f-string: invalid conversion character: expected 's', 'r', or 'a'"
                        : "f-string: missing conversion character");
            }
            conversion = kind;
            i += 2;
        }
        Expr spec = null;
        if (i < to && text.charAt(i) == ':') {
            int specEnd = specEnd(token, i + 1, to);
            Pieces specPieces = new Pieces();
            parse(token, i + 1, specEnd, raw, depth + 1, specPieces);
            Span own = Cursor.span(token);
            spec = new Expr.JoinedStr(specPieces.finish(own), own);
            i = specEnd;
        }
        if (i >= to || text.charAt(i) != '}') {
            throw parser.errorAtFurthest(ErrorKind.SyntaxError, "f-string: expecting '}'");
        }
        if (debug && conversion == -1 && spec == null) {
            conversion = 'r';
        }
        pieces.value(new Expr.FormattedValue(value, conversion, spec, span));
        return i + 1;
    }

    /**
     * Where the expression of a field ends: at the first {@code !}, {@code :}, {@code =} or
     * closing brace outside brackets and quotes ({@code !=} and {@code ==} and the like excepted).
     */
    private int expressionEnd(Token token, int from, int to) {
        String text = parser.source.text();
        int depth = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\') {
                throw parser.errorAtFurthest(ErrorKind.SyntaxError, "f-string expression part cannot include a backslash");
            }
            if (c == '#') {
                throw parser.errorAtFurthest(ErrorKind.SyntaxError, "f-string expression part cannot include '#'");
            }
            if (c == '\'' || c == '"') {
                i = skipString(token, i, to);
                continue;
            }
            char next = i + 1 < to ? text.charAt(i + 1) : 0;
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (c == '}') {
                        return i;
                    }
                    throw parser.errorAtFurthest(ErrorKind.SyntaxError, "f-string: unmatched '" + c + "'");
                }
                depth--;
            } else if (depth == 0 && (c == '!' && next != '=' || c == ':')) {
                return i;
            } else if (depth == 0 && c == '=' && next != '=' && "=!<>".indexOf(text.charAt(i - 1)) < 0) {
                return i;
            } else if ((c == '=' || c == '!' || c == '<' || c == '>') && next == '=') {
                i++;
            }
            i++;
        }
        throw parser.errorAtFurthest(ErrorKind.SyntaxError, "f-string: expecting '}'");
    }

    private int skipString(Token token, int at, int to) {
        String text = parser.source.text();
        char quote = text.charAt(at);
        boolean triple = at + 2 < to && text.charAt(at + 1) == quote && text.charAt(at + 2) == quote;
        String close = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        int end = text.indexOf(close, at + close.length());
        if (end < 0 || end >= to) {
            throw parser.errorAtFurthest(ErrorKind.SyntaxError, "f-string: unterminated string");
        }
        return end + close.length();
    }

    /** The end of a format spec: the closing brace of its field; nested fields (and their strings) skipped. */
    private int specEnd(Token token, int from, int to) {
        String text = parser.source.text();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '}') {
                return i;
            }
            if (c == '{') {
                i = expressionEnd(token, i + 1, to);
                while (i < to && text.charAt(i) != '}') {
                    i++;
                }
            }
            i++;
        }
        return to;
    }

    /** The expression between the brace at {@code open} and {@code end}, parsed as if in parentheses. */
    private Expr expression(Token token, int open, int end) {
        List<Token> inner = Tokenizer.tokenizeRange(parser.source, open + 1, end);
        List<Token> tokens = new ArrayList<>(inner.size() + 2);
        tokens.add(synthetic("(", open));
        tokens.addAll(inner.subList(0, inner.size() - 1));
        Token last = inner.get(inner.size() - 1);
        if (last.kind() == TokenKind.ERROR) {
            throw last.error();
        }
        tokens.add(synthetic(")", end));
        tokens.add(last);
        ExpressionParser sub = new ExpressionParser(parser.source, tokens);
        try {
            Expr expr = sub.atom();
            if (!sub.at(TokenKind.ENDMARKER)) {
                throw Cursor.Mismatch.INSTANCE;
            }
            return expr;
        } catch (Cursor.Mismatch e) {
            throw sub.errorAtFurthest(ErrorKind.SyntaxError, "f-string: invalid syntax");
        }
    }

    private Token synthetic(String text, int index) {
        int line = parser.source.lineOf(index);
        int col = parser.source.byteCol(line, index);
        return new Token(TokenKind.OP, text, line, col, line, col + 1, index, index + 1, 1, null);
    }

    /**
     * The values of a JoinedStr as they are built: adjacent literal text merged, empty text dropped.
     * Text before a field spans all the tokens; the text that ends a format spec spans the spec's token.
     */
    private final class Pieces {
        private final List<Expr> values = new ArrayList<>();
        private final StringBuilder literal = new StringBuilder();

        void literal(String text) {
            literal.append(text);
        }

        void value(Expr value) {
            flush(span);
            values.add(value);
        }

        List<Expr> finish(Span last) {
            flush(last);
            return values;
        }

        private void flush(Span where) {
            if (literal.length() > 0) {
                values.add(new Expr.Constant(new Value.Str(literal.toString()), null, where));
                literal.setLength(0);
            }
        }
    }
}
