package strata.compiler.codegen;

/**
 * An exception handler in effect while instructions are emitted, and the handlers around it: the
 * compiler's stand-in for CPython 3.11's {@code SETUP_FINALLY}, {@code SETUP_CLEANUP} and
 * {@code SETUP_WITH} pseudo-instructions. Each instruction records the innermost handler in effect;
 * the exception table is made from those records once the stack depths are known.
 */
final class Handler {
    /** How the handler is entered, which fixes what it finds on the stack. */
    enum Kind {
        /** try body: the stack as at the setup, then the exception. */
        FINALLY(false, 0),
        /** handler bodies and the like: the stack as at the setup, then lasti and the exception. */
        CLEANUP(true, 0),
        /** with body: the value of __enter__ is dropped, then lasti and the exception. */
        WITH(true, -1);

        private final boolean lasti;
        private final int depthAdjust;

        Kind(boolean lasti, int depthAdjust) {
            this.lasti = lasti;
            this.depthAdjust = depthAdjust;
        }
    }

    private final Kind kind;
    private final Label target;
    private final int setupIndex;
    private final Handler outer;
    private int setupDepth = -1;

    Handler(Kind kind, Label target, int setupIndex, Handler outer) {
        this.kind = kind;
        this.target = target;
        this.setupIndex = setupIndex;
        this.outer = outer;
    }

    Label target() {
        return target;
    }

    int setupIndex() {
        return setupIndex;
    }

    Handler outer() {
        return outer;
    }

    boolean lasti() {
        return kind.lasti;
    }

    boolean depthKnown() {
        return setupDepth >= 0;
    }

    void setupDepth(int depth) {
        setupDepth = depth;
    }

    /** The depth the stack is cut back to before the handler runs. */
    int depth() {
        return setupDepth + kind.depthAdjust;
    }

    /** The depth at the handler's first instruction: the kept values, lasti if any, the exception. */
    int entryDepth() {
        return depth() + (kind.lasti ? 2 : 1);
    }
}
