package strata.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import strata.cpu.board.Machine;
import strata.cpu.board.VirtBoard;
import strata.cpu.dev.virtio.Layout;

/** The options of every command that runs the machine ({@code exec}, {@code boot}): limits, board, tracing, GDB. */
final class MachineOptions {

    @Option(names = "--max-instructions", paramLabel = "N",
            description = "Stop after N instructions with status 124 (default: no limit).")
    long maxInstructions = Long.MAX_VALUE;

    @Option(names = "--ram", paramLabel = "SIZE", converter = RamSize.class,
            description = "RAM size: 64M, 1G... or a number of MiB, as QEMU's -m (default: 128M).")
    int ram = VirtBoard.DEFAULT_RAM_SIZE;

    @Option(names = "--clock", paramLabel = "virtual|host", converter = ClockConverter.class,
            description = "virtual (default): time from instructions, the same run every time; "
                    + "host: the host's clock.")
    Machine.ClockMode clock = Machine.ClockMode.VIRTUAL;

    @Option(names = "--stats", description = "After the run, print instructions, MIPS, traps, TLB and device "
            + "counts on stderr.")
    boolean stats;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Write every instruction executed to FILE in Spike's commit-log format.")
    Path trace;

    @Option(names = "--trace-from", paramLabel = "ADDR",
            description = "Trace from when the pc reaches ADDR (a symbol or a number), each time it does.")
    String traceFrom;

    @Option(names = "--trace-to", paramLabel = "ADDR",
            description = "Stop tracing after the instruction at ADDR (a symbol or a number).")
    String traceTo;

    @Option(names = "--disasm", description = "With --trace: each instruction's disassembly too, as spike -l.")
    boolean disassemble;

    @Option(names = "--trace-syscalls", description = "Print each system call of the user programs, with its arguments "
            + "and result, on stderr as strace does (needs a kernel with the debug ABI of docs/debug-abi.md).")
    boolean traceSyscalls;

    @Option(names = "--gdb", paramLabel = "PORT",
            description = "Serve the GDB remote protocol on localhost PORT (as QEMU's -gdb tcp::PORT).")
    Integer gdbPort;

    @Option(names = "--wait", description = "With --gdb: hold the hart at reset until gdb continues it (as QEMU's -S).")
    boolean waitForGdb;

    @Option(names = "--initrd", paramLabel = "FILE",
            description = "Load FILE as the initial RAM disk and name it in the device tree's /chosen, as QEMU's -initrd.")
    Path initrd;

    @Option(names = "--virtio", paramLabel = "legacy|modern", converter = LayoutConverter.class,
            description = "The virtio-mmio register layout: legacy (version 1, QEMU's default) or modern (version 2, "
                    + "QEMU's -global virtio-mmio.force-legacy=false).")
    Layout virtio = Layout.LEGACY;

    /** What is wrong with the options taken together, or null. */
    String problem() {
        if (maxInstructions <= 0) {
            return "--max-instructions must be positive";
        }
        if (trace == null && (traceFrom != null || traceTo != null || disassemble)) {
            return "--trace-from, --trace-to and --disasm go with --trace FILE";
        }
        if (gdbPort == null ? waitForGdb : trace != null || gdbPort < 0 || gdbPort > 65535) {
            return "--wait goes with --gdb PORT, --gdb takes a port from 0 to 65535 and not --trace";
        }
        return null;
    }

    /** {@code --virtio legacy|modern}. */
    static final class LayoutConverter implements CommandLine.ITypeConverter<Layout> {
        @Override
        public Layout convert(String text) {
            return switch (text) {
                case "legacy" -> Layout.LEGACY;
                case "modern" -> Layout.MODERN;
                default -> throw new CommandLine.TypeConversionException("'" + text + "' is not legacy or modern");
            };
        }
    }

    /** {@code --clock virtual|host}. */
    static final class ClockConverter implements CommandLine.ITypeConverter<Machine.ClockMode> {
        @Override
        public Machine.ClockMode convert(String text) {
            return switch (text) {
                case "virtual" -> Machine.ClockMode.VIRTUAL;
                case "host" -> Machine.ClockMode.HOST;
                default -> throw new CommandLine.TypeConversionException("'" + text + "' is not virtual or host");
            };
        }
    }
}
