package strata.compiler.bytecode;

import java.util.ArrayList;
import java.util.List;

/**
 * The bits of {@code MAKE_FUNCTION}'s argument, CPython's values: each set bit says one more value
 * lies on the stack under the code object, in the order of the bits from the highest (deepest) down.
 */
public enum MakeFunctionFlag {
    DEFAULTS(0x01, "defaults"),
    KWDEFAULTS(0x02, "kwdefaults"),
    ANNOTATIONS(0x04, "annotations"),
    CLOSURE(0x08, "closure");

    private final int bit;
    private final String word;

    MakeFunctionFlag(int bit, String word) {
        this.bit = bit;
        this.word = word;
    }

    public int bit() {
        return bit;
    }

    /** How {@code strata dis} shows the argument, as CPython's dis does: {@code defaults, closure}. */
    public static String describe(int arg) {
        List<String> words = new ArrayList<>();
        for (MakeFunctionFlag flag : values()) {
            if ((arg & flag.bit) != 0) {
                words.add(flag.word);
            }
        }
        return String.join(", ", words);
    }
}
