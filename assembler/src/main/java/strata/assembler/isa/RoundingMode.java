package strata.assembler.isa;

/** The rounding modes of the F and D extensions, with their assembly names and rm encodings. */
public enum RoundingMode {
    RNE(0), RTZ(1), RDN(2), RUP(3), RMM(4), DYN(7);

    private final int encoding;

    RoundingMode(int encoding) {
        this.encoding = encoding;
    }

    public int encoding() {
        return encoding;
    }

    /** The name as written in assembly ({@code rne}). */
    public String assemblyName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The mode named {@code name} in assembly, or null. */
    public static RoundingMode byName(String name) {
        for (RoundingMode mode : values()) {
            if (mode.assemblyName().equals(name)) {
                return mode;
            }
        }
        return null;
    }

    /** The mode encoded as {@code rm}, or null for the reserved encodings 5 and 6. */
    public static RoundingMode byEncoding(int rm) {
        for (RoundingMode mode : values()) {
            if (mode.encoding == rm) {
                return mode;
            }
        }
        return null;
    }
}
