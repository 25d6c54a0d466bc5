package strata.cli.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import strata.assembler.isa.Registers;
import strata.cpu.hart.Privilege;
import strata.cpu.hart.TrapCause;
import strata.os.abi.KernelLayout;
import strata.os.abi.Struct;
import strata.os.abi.Syscall;

/**
 * The OS as its debug ABI shows it (docs/debug-abi.md): the kernel's process table, one row a
 * process (pid, parent, state, CPU time, where its user code is, name; {@code *} marks the one
 * running), and the system call the running one is in when the hart is inside the kernel for
 * it. Read from memory with the offsets of {@link KernelLayout}, the definition the kernel
 * assembles against, while the machine is stopped; a program without a {@code proc_table}
 * symbol has no such kernel.
 */
final class ProcessesPane implements Pane {
    private static final Struct PROCESS = KernelLayout.PROCESS;
    private static final Struct FRAME = KernelLayout.TRAP_FRAME;
    /** A process's kernel stack is one page; its trap frame sits at the top. */
    private static final int KERNEL_STACK = 4096;
    /** The timer tick the kernel counts CPU time in. */
    private static final double TICK_SECONDS = 0.01;

    @Override
    public String title() {
        return "Processes";
    }

    @Override
    public List<Row> render(View view, int width, int height) {
        List<Row> rows = new ArrayList<>();
        long table = view.program().symbol("proc_table");
        long end = view.program().symbol("proc_table_end");
        long currentSymbol = view.program().symbol("current");
        if (table < 0 || end <= table || currentSymbol < 0) {
            rows.add(Row.of("no kernel here: the program has no proc_table (docs/debug-abi.md)", Row.Style.DIM));
            return rows;
        }
        rows.add(Row.of("  pid ppid state        time pc       name", Row.Style.HEADING));
        if (view.now().running()) {
            rows.add(View.RUNNING);
            return rows;
        }
        long current = word(view, currentSymbol);
        for (long slot = table; slot + PROCESS.size() <= end && rows.size() < height; slot += PROCESS.size()) {
            int state = (int) field(view, slot, "state");
            if (state <= 0 || state >= KernelLayout.ProcessState.values().length) {
                continue;
            }
            boolean running = slot == current;
            long frame = field(view, slot, "kstack") + KERNEL_STACK - FRAME.size();
            long pc = running && view.now().privilege() == Privilege.USER ? Integer.toUnsignedLong(view.now().pc())
                    : word(view, frame + FRAME.offset("epc"));
            rows.add(Row.of(String.format("%s%4d %4d %-8s %7.2fs %08x %s", running ? "*" : " ",
                    field(view, slot, "pid"), field(view, slot, "ppid"),
                    KernelLayout.ProcessState.values()[state].name().toLowerCase(Locale.ROOT),
                    field(view, slot, "ticks") * TICK_SECONDS, pc, name(view, slot)),
                    running ? Row.Style.CURRENT : Row.Style.PLAIN));
        }
        if (current != 0 && view.now().privilege() == Privilege.SUPERVISOR) {
            long frame = field(view, current, "kstack") + KERNEL_STACK - FRAME.size();
            if (word(view, frame + FRAME.offset("cause")) == TrapCause.USER_ECALL.mcause()) {
                rows.add(Row.of("in the kernel for " + syscall(view, frame)));
            }
        }
        return rows.subList(0, Math.min(height, rows.size()));
    }

    /** {@code name(a0, a1, a2, ...)} of the call the trap frame at {@code frame} made. */
    private static String syscall(View view, long frame) {
        int number = (int) word(view, frame + FRAME.offset("a7"));
        Syscall call = Syscall.of(number);
        StringBuilder text = new StringBuilder(call == null ? "syscall " + number : call.linuxName()).append('(');
        for (int i = 0; i < 3; i++) {
            text.append(i > 0 ? ", " : "").append(String.format("0x%x", word(view, frame + FRAME.offset(Registers.xName(10 + i)))));
        }
        return text.append(", ...)").toString();
    }

    private static long field(View view, long slot, String name) {
        return word(view, slot + PROCESS.offset(name));
    }

    private static String name(View view, long slot) {
        int[] bytes = view.target().read(slot + PROCESS.offset("name"), KernelLayout.NAME_LENGTH, true);
        StringBuilder name = new StringBuilder();
        for (int b : bytes) {
            if (b <= 0) {
                break;
            }
            name.append(b >= 0x20 && b < 0x7f ? (char) b : '?');
        }
        return name.toString();
    }

    /** The word at physical {@code address}; 0 where nothing can be read. */
    private static long word(View view, long address) {
        int[] bytes = view.target().read(address, 4, true);
        long value = 0;
        for (int i = 3; i >= 0; i--) {
            value = value << 8 | Math.max(0, bytes[i]);
        }
        return value;
    }
}
