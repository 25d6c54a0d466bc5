package strata.assembler.asm.section;

import java.util.List;
import strata.assembler.object.Section;

/**
 * The type and flags a section gets from its name when {@code .section} gives none, as GNU
 * {@code as} (through BFD's table of special sections) decides them: {@code .text*} is code,
 * {@code .data*} writable data, {@code .bss*} uninitialised, {@code .note*} a note, and so on.
 * A name matches a row if it equals the row's name or starts with the name and a dot.
 */
public final class SectionKinds {

    /** One row: type and flags for sections called {@code name} or {@code name.*}. */
    private record Row(String name, int type, int flags, boolean prefix) {
        boolean matches(String section) {
            return section.equals(name) || (prefix && section.startsWith(name + "."));
        }
    }

    /** SHT_NOTE. */
    public static final int SHT_NOTE = 7;
    /** SHT_PREINIT_ARRAY. */
    public static final int SHT_PREINIT_ARRAY = 16;
    /** SHF_TLS. */
    public static final int SHF_TLS = 0x400;

    private static final int A = Section.SHF_ALLOC;
    private static final int W = Section.SHF_WRITE;
    private static final int X = Section.SHF_EXECINSTR;
    private static final int PROGBITS = Section.SHT_PROGBITS;
    private static final int NOBITS = Section.SHT_NOBITS;

    private static final List<Row> ROWS = List.of(
            new Row(".note.GNU-stack", PROGBITS, 0, false),
            new Row(".text", PROGBITS, A | X, true),
            new Row(".init", PROGBITS, A | X, false),
            new Row(".fini", PROGBITS, A | X, false),
            new Row(".data", PROGBITS, A | W, true),
            new Row(".data1", PROGBITS, A | W, false),
            new Row(".rodata", PROGBITS, A, true),
            new Row(".rodata1", PROGBITS, A, false),
            new Row(".bss", NOBITS, A | W, true),
            new Row(".noinit", NOBITS, A | W, true),
            new Row(".tdata", PROGBITS, A | W | SHF_TLS, true),
            new Row(".tbss", NOBITS, A | W | SHF_TLS, true),
            new Row(".init_array", Section.SHT_INIT_ARRAY, A | W, true),
            new Row(".fini_array", Section.SHT_FINI_ARRAY, A | W, true),
            new Row(".preinit_array", SHT_PREINIT_ARRAY, A | W, true),
            new Row(".note", SHT_NOTE, 0, true));

    private SectionKinds() {
    }

    /** The default {type, flags} of a section named {@code name}. */
    public static int[] defaults(String name) {
        for (Row row : ROWS) {
            if (row.matches(name)) {
                return new int[] {row.type, row.flags};
            }
        }
        return new int[] {PROGBITS, 0};
    }
}
