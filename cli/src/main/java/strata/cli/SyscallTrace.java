package strata.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import strata.assembler.isa.Registers;
import strata.cpu.board.Program;
import strata.cpu.bus.Bus;
import strata.cpu.hart.Hart;
import strata.cpu.hart.Privilege;
import strata.cpu.hart.TrapCause;
import strata.cpu.hart.Traps;
import strata.cpu.mmu.Access;
import strata.cpu.mmu.Mmu;
import strata.os.abi.Errno;
import strata.os.abi.KernelLayout;
import strata.os.abi.Syscall;

/**
 * {@code --trace-syscalls}: each system call of the guest's user programs, in strace's style
 * ({@code [pid 3] openat(AT_FDCWD, "/etc/motd", 0x0, 0x0) = 3}), found without slowing the
 * machine: an ecall from U-mode is a call, whose arguments are read then; the next return to
 * U-mode of the same process (the kernel's {@code current}, docs/debug-abi.md) is its end, whose
 * a0 is the result. Paths and the bytes of {@code write} are shown as strings, read through the
 * MMU without side effects. A call that does not come back ({@code exit}, {@code exit_group}) is
 * printed at once with {@code = ?}.
 */
final class SyscallTrace implements Traps.Observer {
    private static final int A0 = Registers.x("a0");
    private static final int A7 = Registers.x("a7");
    private static final int AT_FDCWD = -100;
    /** The longest string shown; more is marked with "...", as strace's default -s 32. */
    private static final int STRING_LIMIT = 32;
    private static final List<String> PATH_ARGUMENTS = List.of("path", "oldpath", "newpath");

    private final Hart hart;
    private final Bus bus;
    private final long current;
    private final PrintStream out;
    private final Map<Integer, String> pending = new HashMap<>();

    private SyscallTrace(Hart hart, Bus bus, long current, PrintStream out) {
        this.hart = hart;
        this.bus = bus;
        this.current = current;
        this.out = out;
    }

    /** A trace of {@code kernel}'s user programs on {@code hart}; null if the kernel has no {@code current}. */
    static SyscallTrace of(Program kernel, Hart hart, Bus bus, PrintStream out) {
        long current = kernel.symbol("current");
        return current < 0 ? null : new SyscallTrace(hart, bus, current, out);
    }

    @Override
    public void trapped(TrapCause cause, int epc, Privilege privilege) {
        if (cause != TrapCause.USER_ECALL) {
            return;
        }
        int number = hart.x(A7);
        Syscall call = Syscall.of(number);
        String text = call == null ? "syscall_" + number + "(" + hex(hart.x(A0)) + ", ...)" : describe(call);
        int pid = pid();
        if (call == Syscall.EXIT || call == Syscall.EXIT_GROUP) {
            out.println(prefix(pid) + text + " = ?");
        } else {
            pending.put(pid, text);
        }
    }

    @Override
    public void returned(Privilege privilege, int pc) {
        if (privilege != Privilege.USER || pending.isEmpty()) {
            return;
        }
        int pid = pid();
        String call = pending.remove(pid);
        if (call != null) {
            out.println(prefix(pid) + call + " = " + result(call, hart.x(A0)));
        }
    }

    private String describe(Syscall call) {
        String signature = call.signature();
        String[] names = signature.substring(signature.indexOf('(') + 1, signature.length() - 1).split(", ");
        StringBuilder text = new StringBuilder(call.linuxName()).append('(');
        for (int i = 0; i < names.length && !names[i].isEmpty(); i++) {
            int value = hart.x(A0 + i);
            text.append(i > 0 ? ", " : "").append(argument(call, names[i], value, hart.x(A0 + 2)));
        }
        return text.append(')').toString();
    }

    /** One argument as strace would show it; {@code count} is a2, the length of a write's bytes. */
    private String argument(Syscall call, String name, int value, int count) {
        if (name.endsWith("dirfd") && value == AT_FDCWD) {
            return "AT_FDCWD";
        }
        if (PATH_ARGUMENTS.contains(name)) {
            return string(value, -1);
        }
        if (call == Syscall.WRITE && name.equals("buf")) {
            return string(value, count);
        }
        if (name.equals("fd") || name.endsWith("fd") || name.equals("count") || name.equals("size")
                || name.equals("status") || name.equals("pid") || name.equals("sig")) {
            return Integer.toString(value);
        }
        return hex(value);
    }

    /** The user string at {@code va}: {@code length} bytes, or up to its NUL when negative; its address if unreadable. */
    private String string(int va, int length) {
        StringBuilder text = new StringBuilder("\"");
        int shown = length < 0 ? STRING_LIMIT : Math.min(length, STRING_LIMIT);
        for (int i = 0; i < shown; i++) {
            long pa = hart.mmu().peek(va + i, Access.LOAD);
            byte[] b = pa == Mmu.PAGE_FAULT ? null : bus.readBytes(pa, 1);
            if (b == null) {
                return hex(va);
            }
            if (length < 0 && b[0] == 0) {
                return text.append('"').toString();
            }
            text.append(escape(b[0] & 0xff));
        }
        boolean more = length < 0 || length > shown;
        return text.append('"').append(more ? "..." : "").toString();
    }

    private static String escape(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            default -> c >= 0x20 && c < 0x7f ? Character.toString(c) : String.format("\\%o", c);
        };
    }

    /** The result as strace shows it: an error by name, an address (brk, mmap2) in hex, else decimal. */
    private static String result(String call, int value) {
        if (value < 0 && value >= -4095) {
            for (Errno errno : Errno.values()) {
                if (errno.number() == -value) {
                    return "-1 " + errno.name() + " (" + errno.message() + ")";
                }
            }
            return "-1 errno " + -value;
        }
        boolean address = call.startsWith(Syscall.BRK.linuxName() + "(") || call.startsWith(Syscall.MMAP2.linuxName() + "(");
        return address ? hex(value) : Integer.toString(value);
    }

    /** The pid of the kernel's {@code current} process; 0 if none is current. */
    private int pid() {
        byte[] slot = bus.readBytes(current, 4);
        long process = slot == null ? 0 : word(slot);
        byte[] pid = process == 0 ? null : bus.readBytes(process + KernelLayout.PROCESS.offset("pid"), 4);
        return pid == null ? 0 : (int) word(pid);
    }

    private static long word(byte[] bytes) {
        return (bytes[0] & 0xffL) | (bytes[1] & 0xffL) << 8 | (bytes[2] & 0xffL) << 16 | (bytes[3] & 0xffL) << 24;
    }

    private static String prefix(int pid) {
        return "[pid " + pid + "] ";
    }

    private static String hex(int value) {
        return "0x" + Integer.toHexString(value);
    }
}
