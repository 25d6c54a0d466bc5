package strata.assembler.asm.section;

/**
 * A place in a section: {@code offset} bytes into {@code fragment}. Its section offset is only
 * known once the section is laid out, because fragments before it may change size.
 */
public record Position(Fragment fragment, int offset) {

    /** The offset in the section, valid after (or during) layout. */
    public int address() {
        return fragment.address() + offset;
    }

    public SectionState section() {
        return fragment.section();
    }
}
