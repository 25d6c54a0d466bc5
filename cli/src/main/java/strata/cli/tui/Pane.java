package strata.cli.tui;

import java.util.List;

/** One view of the machine: a title and the rows it shows in a given space. */
interface Pane {

    /** The name on the pane's title line and in the help. */
    String title();

    /** At most {@code height} rows of at most {@code width} characters (longer ones are cut). */
    List<Row> render(View view, int width, int height);

    /** Moves the pane's window by {@code lines} (Up and Down keys); panes that cannot scroll ignore it. */
    default void scroll(Snapshot now, int lines) {
    }
}
