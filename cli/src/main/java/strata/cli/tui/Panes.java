package strata.cli.tui;

import java.util.EnumMap;
import java.util.Map;

/** The panes of one session, one of each kind. */
final class Panes {

    /** Every kind of pane, in the order F3 cycles through them. */
    enum Kind { DISASSEMBLY, REGISTERS, CONSOLE, MEMORY, MMU, PROCESSES, COUNTERS, LOG }

    private final Map<Kind, Pane> panes = new EnumMap<>(Kind.class);
    final DisassemblyPane disassembly = new DisassemblyPane();
    final ConsolePane console;
    final MemoryPane memory;
    final MmuPane mmu = new MmuPane();
    final LogPane log = new LogPane();

    Panes(ConsoleText consoleText, String memoryAt) {
        console = new ConsolePane(consoleText);
        memory = new MemoryPane(memoryAt);
        panes.put(Kind.DISASSEMBLY, disassembly);
        panes.put(Kind.REGISTERS, new RegistersPane());
        panes.put(Kind.CONSOLE, console);
        panes.put(Kind.MEMORY, memory);
        panes.put(Kind.MMU, mmu);
        panes.put(Kind.PROCESSES, new ProcessesPane());
        panes.put(Kind.COUNTERS, new CountersPane());
        panes.put(Kind.LOG, log);
    }

    Pane get(Kind kind) {
        return panes.get(kind);
    }
}
