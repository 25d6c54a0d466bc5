package strata.cli.tui;

import strata.cpu.board.Program;
import strata.cpu.board.ProgramSymbols;

/**
 * What the panes draw from: the machine now, the machine at the stop before (to mark what
 * changed), the speed since the last refresh, the target to inspect memory through while
 * stopped, and the program's symbols.
 */
record View(Snapshot now, Snapshot before, double mips, Target target, Program program, ProgramSymbols symbols) {

    /** The row a pane shows instead of memory while the machine runs. */
    static final Row RUNNING = Row.of("(running: F6 pauses)", Row.Style.DIM);
}
