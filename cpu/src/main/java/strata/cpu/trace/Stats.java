package strata.cpu.trace;

import java.util.ArrayList;
import java.util.List;
import strata.cpu.bus.Bus;
import strata.cpu.hart.Hart;
import strata.cpu.hart.TrapCause;

/**
 * What a run did, for {@code strata exec --stats}: instructions retired and the speed (MIPS, over
 * the wall-clock time the caller measured), traps by cause, the TLB's hit rate, how many
 * instruction slots were decoded, and each device's reads and writes.
 */
public record Stats(long instructions, long cycles, long nanos, List<Count> traps, long tlbLookups, long tlbMisses,
                    long decoded, List<Bus.DeviceAccesses> devices) {

    /** How many times one trap cause was taken. */
    public record Count(TrapCause cause, long times) {
    }

    /** The counts of {@code hart} on {@code bus} after a run that took {@code nanos} of wall time. */
    public static Stats of(Hart hart, Bus bus, long nanos) {
        List<Count> traps = new ArrayList<>();
        for (TrapCause cause : TrapCause.values()) {
            long times = hart.stats().taken(cause);
            if (times > 0) {
                traps.add(new Count(cause, times));
            }
        }
        return new Stats(hart.instret(), hart.cycle(), nanos, List.copyOf(traps), hart.mmu().lookups(),
                hart.mmu().misses(), hart.interpreter().decoded(), bus.deviceAccesses());
    }

    /** Millions of instructions retired per second of wall time. */
    public double mips() {
        return nanos == 0 ? 0 : instructions * 1e3 / nanos;
    }

    /** The share of TLB lookups that hit, 0..1 (1 when there were none). */
    public double tlbHitRate() {
        return tlbLookups == 0 ? 1 : 1 - (double) tlbMisses / tlbLookups;
    }

    /** The report, one fact a line. */
    public String report() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("instructions  %,d retired, %,d cycles%n", instructions, cycles));
        text.append(String.format("time          %.3f s, %.1f MIPS%n", nanos / 1e9, mips()));
        for (Count count : traps) {
            String kind = count.cause().isInterrupt() ? "interrupt" : "exception";
            text.append(String.format("%-13s %,d %s%n", kind, count.times(), name(count.cause())));
        }
        text.append(String.format("tlb           %,d lookups, %,d misses, %.2f%% hits%n", tlbLookups, tlbMisses,
                100 * tlbHitRate()));
        text.append(String.format("decoded       %,d instruction slots%n", decoded));
        for (Bus.DeviceAccesses device : devices) {
            text.append(String.format("device        %s at 0x%08x: %,d reads, %,d writes%n", device.name(), device.base(),
                    device.reads(), device.writes()));
        }
        return text.toString();
    }

    private static String name(TrapCause cause) {
        return cause.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
