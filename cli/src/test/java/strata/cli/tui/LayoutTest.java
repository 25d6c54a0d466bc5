package strata.cli.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The panes' places on small and large screens. */
class LayoutTest {

    @Test
    void aSmallScreenShowsDisassemblyOverConsoleBesideRegisters() {
        List<Layout.Slot> slots = Layout.slots(80, 24);
        assertThat(slots).extracting(Layout.Slot::pane).containsExactly(Panes.Kind.DISASSEMBLY, Panes.Kind.CONSOLE,
                Panes.Kind.REGISTERS);
        assertThat(slots.get(2).rect()).isEqualTo(new Layout.Rect(35, 1, 45, 21));
        assertTiles(slots, 80, 24);
    }

    @Test
    void aTallerScreenAddsTheMemoryUnderTheRegisters() {
        List<Layout.Slot> slots = Layout.slots(120, 40);
        assertThat(slots).extracting(Layout.Slot::pane).containsExactly(Panes.Kind.DISASSEMBLY, Panes.Kind.CONSOLE,
                Panes.Kind.REGISTERS, Panes.Kind.MEMORY);
        assertThat(slots.get(2).rect().height()).isGreaterThanOrEqualTo(21);
        assertTiles(slots, 120, 40);
    }

    @Test
    void aLargeScreenShowsEveryPane() {
        List<Layout.Slot> slots = Layout.slots(200, 50);
        assertThat(slots).extracting(Layout.Slot::pane).containsExactlyInAnyOrder(Panes.Kind.values());
        assertTiles(slots, 200, 50);
    }

    /** The slots cover the pane area exactly: every cell once. */
    private static void assertTiles(List<Layout.Slot> slots, int columns, int rows) {
        int[][] cover = new int[rows][columns];
        for (Layout.Slot slot : slots) {
            Layout.Rect r = slot.rect();
            for (int y = r.row(); y < r.row() + r.height(); y++) {
                for (int x = r.column(); x < r.column() + r.width(); x++) {
                    cover[y][x]++;
                }
            }
        }
        for (int y = Layout.TOP; y < rows - Layout.BOTTOM; y++) {
            for (int x = 0; x < columns; x++) {
                assertThat(cover[y][x]).as("cell %d,%d", x, y).isEqualTo(1);
            }
        }
    }
}
