package strata.cli.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import strata.cpu.bus.Bus;
import strata.cpu.trace.Stats;

/**
 * The counters of {@code strata exec --stats}, live: instructions and cycles, the speed since the
 * last refresh while the machine runs, traps and interrupts by cause, the TLB, the decode cache and each device's reads
 * and writes.
 */
final class CountersPane implements Pane {

    @Override
    public String title() {
        return "Counters";
    }

    @Override
    public List<Row> render(View view, int width, int height) {
        Stats stats = view.now().stats();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of(String.format("instructions %,d", stats.instructions())));
        rows.add(Row.of(String.format("cycles       %,d", stats.cycles())));
        rows.add(Row.of(view.now().running() ? String.format("speed        %.1f MIPS", view.mips())
                : "speed        (stopped)"));
        for (Stats.Count count : stats.traps()) {
            String kind = count.cause().isInterrupt() ? "interrupt" : "exception";
            rows.add(Row.of(String.format("%-12s %,d %s", kind, count.times(),
                    count.cause().name().toLowerCase(Locale.ROOT).replace('_', ' '))));
        }
        rows.add(Row.of(String.format("tlb          %,d lookups, %,d misses", stats.tlbLookups(), stats.tlbMisses())));
        rows.add(Row.of(String.format("decoded      %,d slots", stats.decoded())));
        // The board has eight virtio slots and more devices than a small pane has rows: the
        // devices the guest touched are named with their address, the others only counted.
        int idle = 0;
        for (Bus.DeviceAccesses device : stats.devices()) {
            if (device.reads() + device.writes() == 0) {
                idle++;
            } else {
                rows.add(Row.of(String.format("%s@%x %,d reads, %,d writes", device.name(), device.base(),
                        device.reads(), device.writes())));
            }
        }
        if (idle > 0) {
            rows.add(Row.of(String.format("devices      %d not accessed", idle)));
        }
        return rows.subList(0, Math.min(height, rows.size()));
    }
}
