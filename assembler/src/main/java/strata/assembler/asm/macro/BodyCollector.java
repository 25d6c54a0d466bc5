package strata.assembler.asm.macro;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import strata.assembler.asm.source.SourceLine;
import strata.assembler.asm.source.Statement;

/**
 * Gathers the body of a {@code .macro} (up to its {@code .endm}) or of a {@code .rept},
 * {@code .irp} or {@code .irpc} (up to its {@code .endr}), counting nested openers so an inner
 * block's end does not end the outer one. When the body is complete it is handed on.
 */
public final class BodyCollector {

    /** The two kinds of body, with the directives that open and close them. */
    public enum Kind {
        MACRO(Set.of(".macro"), ".endm"),
        REPEAT(Set.of(".rept", ".irp", ".irpc"), ".endr");

        private final Set<String> openers;
        private final String closer;

        Kind(Set<String> openers, String closer) {
            this.openers = openers;
            this.closer = closer;
        }

        public String closer() {
            return closer;
        }
    }

    private final Kind kind;
    private final SourceLine opened;
    private final Consumer<List<Statement>> done;
    private final List<Statement> body = new ArrayList<>();
    private int depth;
    private boolean closed;

    public BodyCollector(Kind kind, SourceLine opened, Consumer<List<Statement>> done) {
        this.kind = kind;
        this.opened = opened;
        this.done = done;
    }

    public Kind kind() {
        return kind;
    }

    /** True once the closing directive was seen, even if handing the body on then failed. */
    public boolean closed() {
        return closed;
    }

    /** The line of the opening directive, for the error if the body never ends. */
    public SourceLine opened() {
        return opened;
    }

    /**
     * Takes the next statement, whose directive (lower case, or null) is {@code directive}.
     * Returns true when it closed the body, which has then been handed on.
     */
    public boolean accept(Statement statement, String directive) {
        if (kind.closer.equals(directive)) {
            if (depth == 0) {
                closed = true;
                done.accept(List.copyOf(body));
                return true;
            }
            depth--;
        } else if (directive != null && kind.openers.contains(directive)) {
            depth++;
        }
        body.add(statement);
        return false;
    }
}
