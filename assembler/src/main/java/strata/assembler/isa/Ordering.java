package strata.assembler.isa;

/**
 * The memory-ordering bits of LR, SC and the AMOs (aq = insn[26], rl = insn[25]) and the
 * mnemonic suffix that sets them: {@code amoadd.w.aqrl} is {@code amoadd.w} with both bits.
 */
public enum Ordering {
    NONE(""), RL(".rl"), AQ(".aq"), AQRL(".aqrl");

    private final String suffix;

    Ordering(String suffix) {
        this.suffix = suffix;
    }

    /** The suffix as written after the mnemonic; empty for {@link #NONE}. */
    public String suffix() {
        return suffix;
    }

    /** The field value, aq&lt;&lt;1 | rl, as {@link Encoding#aqrl} reads it. */
    public int bits() {
        return ordinal();
    }

    /** The ordering whose field value is {@code aqrl} (0..3). */
    public static Ordering of(int aqrl) {
        return values()[aqrl & 3];
    }
}
