package strata.assembler.asm.lex;

/**
 * One token of a statement: {@code start} and {@code end} index the statement's text, which is
 * as long as its source line, so {@code start} is also the token's column (from 0).
 * {@code value} holds the number of a {@link Kind#NUMBER} or {@link Kind#CHARACTER}, the label
 * number of a {@link Kind#LOCAL_LABEL}; {@code bytes} the decoded contents of a
 * {@link Kind#STRING}.
 */
public record Token(Kind kind, int start, int end, String text, long value, byte[] bytes) {

    public enum Kind {
        /** A name: symbol, mnemonic, directive ({@code .word}), register. */
        IDENTIFIER,
        NUMBER,
        CHARACTER,
        STRING,
        /** A numeric local label reference, {@code 1b} or {@code 1f}; the text ends in b or f. */
        LOCAL_LABEL,
        /** An operator or punctuation: {@code + - * / % << >> & | ^ ! ~ && || == != <> < > <= >= ( ) , : = @}. */
        OPERATOR,
        /**
         * A word that starts like a number but is not one ({@code 0x}, {@code 1e5}); an error only
         * if something reads it as a number, since {@code .float} reads its operands as text.
         */
        MALFORMED_NUMBER,
        END
    }

    public boolean is(String operator) {
        return kind == Kind.OPERATOR && text.equals(operator);
    }

    public boolean isIdentifier() {
        return kind == Kind.IDENTIFIER;
    }

    /** True for a backward local label reference ({@code 1b}). */
    public boolean backward() {
        return kind == Kind.LOCAL_LABEL && text.endsWith("b");
    }
}
