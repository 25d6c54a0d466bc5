package strata.assembler.object;

/**
 * A symbol of an object file. {@code section} is an index into {@link ObjectFile#sections()}, or
 * one of {@link #UNDEFINED}, {@link #ABSOLUTE}, {@link #COMMON}. For a relocatable object
 * {@code value} is the offset in the section; for an executable, the address; for a
 * {@link #COMMON} symbol, the alignment its block needs (as in ELF).
 *
 * <p>A section symbol ({@link Type#SECTION}) is named after its section, as readelf shows it;
 * ELF stores no name for it, and the ELF writer writes none.
 */
public record Symbol(String name, int value, int size, Binding binding, Type type, Visibility visibility,
                     int section) {

    /** Not defined in this file (SHN_UNDEF). */
    public static final int UNDEFINED = -1;
    /** An absolute value, not in any section (SHN_ABS). */
    public static final int ABSOLUTE = -2;
    /** A common block the linker allocates (SHN_COMMON). */
    public static final int COMMON = -3;

    /** ELF symbol binding (STB_*), with its number. */
    public enum Binding {
        LOCAL(0), GLOBAL(1), WEAK(2);

        private final int number;

        Binding(int number) {
            this.number = number;
        }

        public int number() {
            return number;
        }

        public static Binding byNumber(int number) {
            for (Binding binding : values()) {
                if (binding.number == number) {
                    return binding;
                }
            }
            return null;
        }
    }

    /** ELF symbol type (STT_*), with its number. */
    public enum Type {
        NOTYPE(0), OBJECT(1), FUNC(2), SECTION(3), FILE(4), COMMON(5), TLS(6);

        private final int number;

        Type(int number) {
            this.number = number;
        }

        public int number() {
            return number;
        }

        public static Type byNumber(int number) {
            for (Type type : values()) {
                if (type.number == number) {
                    return type;
                }
            }
            return null;
        }
    }

    /** ELF symbol visibility (STV_*), with its number. */
    public enum Visibility {
        DEFAULT(0), INTERNAL(1), HIDDEN(2), PROTECTED(3);

        private final int number;

        Visibility(int number) {
            this.number = number;
        }

        public int number() {
            return number;
        }

        public static Visibility byNumber(int number) {
            return values()[number & 3];
        }
    }

    public boolean isDefined() {
        return section != UNDEFINED;
    }

    /**
     * {@code name} as binutils prints symbol names: a control character as a caret and a letter
     * ({@code .L1^B1}, the name GNU as gives the label {@code 1:}), so messages stay readable.
     */
    public static String printable(String name) {
        StringBuilder text = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (c < 0x20) {
                text.append('^').append((char) (c + 0x40));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
