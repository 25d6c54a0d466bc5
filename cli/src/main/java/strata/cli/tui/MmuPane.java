package strata.cli.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import strata.assembler.isa.Csr;

/**
 * The MMU: satp, the Sv32 walk of an address expression the pane keeps ({@code walk 0x40000000},
 * {@code walk sp}; the pc by default), each level's PTE with its bits, the physical address it
 * gives or why there is none; then the TLB's entries.
 */
final class MmuPane implements Pane {
    /** The PTE bits from bit 7 down to bit 0, as the privileged specification draws them. */
    private static final String BITS = "DAGUXWRV";

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
        Target.Walk walk = view.target().walk((int) va.getAsLong());
        rows.add(Row.of(String.format("walk %s = 0x%08x", expression, va.getAsLong())));
        for (Target.Level level : walk.levels()) {
            rows.add(Row.of(String.format(" L%d pte@%08x = %08x %s ppn %06x", level.level(), level.pteAddress(),
                    level.pte(), bits(level.pte()), level.pte() >>> 10)));
        }
        rows.add(Row.of(walk.physical() < 0 ? " " + walk.outcome()
                : String.format(" -> pa 0x%08x (%s)", walk.physical(), walk.outcome()), Row.Style.CURRENT));
        List<Target.TlbEntry> entries = view.target().tlb();
        rows.add(Row.of(String.format("TLB: %d entries", entries.size()), Row.Style.HEADING));
        for (int i = Math.min(offset, entries.size()); i < entries.size() && rows.size() < height; i++) {
            Target.TlbEntry entry = entries.get(i);
            rows.add(Row.of(String.format(" %-10s %08x -> %08x", entry.cache(), entry.virtualPage(),
                    entry.physicalPage())));
        }
        return rows.subList(0, Math.min(height, rows.size()));
    }

    /** The bits of {@code pte} as letters, {@code -} for a clear bit: {@code DAGUXWRV}. */
    static String bits(int pte) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < BITS.length(); i++) {
            int bit = BITS.length() - 1 - i;
            text.append((pte >>> bit & 1) != 0 ? BITS.charAt(i) : '-');
        }
        return text.toString();
    }

    @Override
    public void scroll(Snapshot now, int lines) {
        offset = Math.max(0, offset + lines);
    }
}
