package strata.compiler.code;

import java.util.ArrayList;
import java.util.List;

/** The bits of {@code co_flags}, with CPython 3.11's values so that tools agree on them. */
public enum CodeFlag {
    OPTIMIZED(0x0001),
    NEWLOCALS(0x0002),
    VARARGS(0x0004),
    VARKEYWORDS(0x0008),
    NESTED(0x0010),
    GENERATOR(0x0020),
    COROUTINE(0x0080),
    ITERABLE_COROUTINE(0x0100),
    ASYNC_GENERATOR(0x0200),
    /** {@code from __future__ import annotations} was in effect. */
    FUTURE_ANNOTATIONS(0x1000000);

    private final int bit;

    CodeFlag(int bit) {
        this.bit = bit;
    }

    public int bit() {
        return bit;
    }

    public boolean in(int flags) {
        return (flags & bit) != 0;
    }

    /** The names of the flags set in {@code flags}, as CPython's {@code dis.pretty_flags} lists them. */
    public static List<String> names(int flags) {
        List<String> names = new ArrayList<>();
        int rest = flags;
        for (CodeFlag flag : values()) {
            if (flag.in(flags)) {
                names.add(flag.name());
                rest &= ~flag.bit;
            }
        }
        if (rest != 0) {
            names.add(String.format("0x%x", rest));
        }
        return names;
    }
}
