package strata.compiler.codegen;

/** A place in the code a jump or handler goes to; bound to an instruction index once it is known. */
final class Label {
    private int index = -1;

    boolean bound() {
        return index >= 0;
    }

    int index() {
        if (index < 0) {
            throw new IllegalStateException("label used but never bound");
        }
        return index;
    }

    void bind(int at) {
        if (index >= 0) {
            throw new IllegalStateException("label bound twice");
        }
        index = at;
    }
}
