package strata.assembler.asm.macro;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import strata.assembler.asm.AsmException;
import strata.assembler.asm.source.SourceLine;

/**
 * The stack of open {@code .if} blocks. Statements are assembled only while every block on the
 * stack is in a branch that was chosen; a block whose outer block is not being assembled never
 * evaluates its conditions.
 */
public final class Conditionals {

    private static final class Block {
        final SourceLine opened;
        final boolean outerActive;
        boolean active;
        boolean taken;
        boolean elseSeen;

        Block(SourceLine opened, boolean outerActive, boolean condition) {
            this.opened = opened;
            this.outerActive = outerActive;
            this.active = outerActive && condition;
            this.taken = this.active;
        }
    }

    private final Deque<Block> blocks = new ArrayDeque<>();

    /** True if statements are being assembled, not skipped. */
    public boolean active() {
        return blocks.isEmpty() || blocks.peek().active;
    }

    /**
     * Opens a block; {@code condition} is only asked for if the block could be assembled. If it
     * fails, the block is still opened, as off, so its {@code .endif} finds it.
     */
    public void open(SourceLine line, java.util.function.BooleanSupplier condition) {
        boolean outer = active();
        Block block = new Block(line, outer, false);
        blocks.push(block);
        if (outer && condition.getAsBoolean()) {
            block.active = true;
            block.taken = true;
        }
    }

    /** {@code .elseif}: the condition is asked for only if no branch was taken yet. */
    public void elseIf(int column, java.util.function.BooleanSupplier condition) {
        Block block = current(column, ".elseif");
        if (block.elseSeen) {
            throw new AsmException(column, ".elseif after .else");
        }
        block.active = block.outerActive && !block.taken && condition.getAsBoolean();
        block.taken |= block.active;
    }

    public void otherwise(int column) {
        Block block = current(column, ".else");
        if (block.elseSeen) {
            throw new AsmException(column, "a second .else in the same .if");
        }
        block.elseSeen = true;
        block.active = block.outerActive && !block.taken;
        block.taken = true;
    }

    public void close(int column) {
        current(column, ".endif");
        blocks.pop();
    }

    private Block current(int column, String directive) {
        if (blocks.isEmpty()) {
            throw new AsmException(column, directive + " without .if");
        }
        return blocks.peek();
    }

    /** The lines of the blocks still open, outermost first; emptied. */
    public List<SourceLine> unclosed() {
        List<SourceLine> lines = new ArrayList<>();
        while (!blocks.isEmpty()) {
            lines.add(0, blocks.pop().opened);
        }
        return lines;
    }
}
