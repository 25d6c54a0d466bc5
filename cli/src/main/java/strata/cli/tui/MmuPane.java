package strata.cli.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import strata.assembler.isa.Csr;
import strata.cpu.debug.PageWalk;
import strata.cpu.debug.TlbEntry;

/**
 * The MMU: satp, the Sv32 walk of an address expression the pane keeps ({@code walk 0x40000000},
 * {@code walk sp}; the pc by default), each level's PTE with its bits ({@code DAGUXWRV}, a dash
 * for a clear one), the physical address it gives and what the hart may do there in its mode
 * ({@code rwx}), or why there is none; then the TLB's entries.
 */
final class MmuPane implements Pane {
    private String expression = "pc";
    private int offset;

    @Override
    public String title() {
        return "MMU";
    }

    /** Walks {@code text} from now on. */
    void walk(String text) {
        expression = text;
    }

    @Override
    public List<Row> render(View view, int width, int height) {
        List<Row> rows = new ArrayList<>();
        int satp = view.now().csr(Csr.SATP);
        rows.add(Row.of(String.format("satp %08x: %s, asid %d, root 0x%08x", satp, satp < 0 ? "Sv32" : "bare",
                (satp >>> 22) & 0x1ff, (long) (satp & 0x3fffff) << 12), Row.Style.HEADING));
        if (view.now().running()) {
            rows.add(View.RUNNING);
            return rows;
        }
        OptionalLong va = Addresses.resolve(expression, view.now(), view.program());
        if (va.isEmpty()) {
            rows.add(Row.of("walk " + expression + ": names no address"));
            return rows;
        }
        PageWalk walk = view.target().walk((int) va.getAsLong());
        rows.add(Row.of(String.format("walk %s = 0x%08x%s", expression, va.getAsLong(),
                walk.translated() ? "" : ": bare, no translation")));
        for (PageWalk.Level level : walk.levels()) {
            rows.add(Row.of(String.format(" L%d pte@%08x = %08x %s ppn %06x", level.level(), level.pteAddress(),
                    level.pte(), level.flags(), level.ppn())));
        }
        PageWalk.Allowed allowed = walk.allowed();
        String access = String.format("%s%s%s", allowed.load() ? "r" : "-", allowed.store() ? "w" : "-",
                allowed.fetch() ? "x" : "-");
        rows.add(Row.of(walk.physicalAddress() == PageWalk.NONE ? " fault: " + walk.fault()
                : String.format(" -> pa 0x%08x, %s in mode %c", walk.physicalAddress(), access,
                view.now().privilege().letter()), Row.Style.CURRENT));
        List<TlbEntry> entries = view.target().tlb();
        rows.add(Row.of(String.format("TLB: %d entries", entries.size()), Row.Style.HEADING));
        for (int i = Math.min(offset, entries.size()); i < entries.size() && rows.size() < height; i++) {
            TlbEntry entry = entries.get(i);
            rows.add(Row.of(String.format(" %-5s [%3d] %08x -> %08x", entry.access().name().toLowerCase(Locale.ROOT),
                    entry.index(), entry.virtualPage(), entry.physicalPage())));
        }
        return rows.subList(0, Math.min(height, rows.size()));
    }

    @Override
    public void scroll(Snapshot now, int lines) {
        offset = Math.max(0, offset + lines);
    }
}
