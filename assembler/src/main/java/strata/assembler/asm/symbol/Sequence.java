package strata.assembler.asm.symbol;

/**
 * Numbers things as they come into being, so the object lists symbols in the order GNU
 * {@code as} adds them to its symbol list: section symbols when a section is created, mapping
 * symbols when they are emitted, named symbols when first mentioned, and the temporary symbols a
 * relocation needs when the relocation is made.
 */
public final class Sequence {
    private int next;

    public int next() {
        return next++;
    }
}
