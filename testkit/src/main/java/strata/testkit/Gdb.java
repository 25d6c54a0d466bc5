package strata.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gdb-multiarch} in batch mode, the client the GDB stubs of Strata and QEMU are judged
 * with: it loads an ELF's symbols, connects to a stub on localhost and runs a list of commands
 * (gdb's {@code -ex}), printing what it would print at a terminal. No init files are read.
 */
public final class Gdb {
    public static final String PROGRAM = "gdb-multiarch";

    private Gdb() {
    }

    /** Skips the calling test unless gdb-multiarch is installed. */
    public static void require() {
        Programs.require(PROGRAM);
    }

    /**
     * gdb on {@code elf}, connected to the stub on localhost {@code port} (retrying while it starts
     * listening), then running {@code commands} in order; it detaches or kills as they say.
     */
    public static Command batch(Path elf, int port, List<String> commands) {
        List<String> line = new ArrayList<>(List.of(PROGRAM, "-batch", "-nx", "-ex", "set pagination off",
                "-ex", "set confirm off", "-ex", "set tcp connect-timeout 30", "-ex", "target remote 127.0.0.1:" + port));
        for (String command : commands) {
            line.add("-ex");
            line.add(command);
        }
        line.add(elf.toString());
        return Command.of(line);
    }
}
