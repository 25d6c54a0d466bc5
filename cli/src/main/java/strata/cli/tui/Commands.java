package strata.cli.tui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import strata.assembler.isa.Csr;
import strata.assembler.isa.Registers;
import strata.cpu.board.Program;

/**
 * The command line inside the UI, in the spirit of gdb: one row per command (its names, its
 * arguments, a line of help, what it does), so the help screen and docs/tui.md list exactly
 * what runs. An empty line repeats the last command, as in gdb.
 */
final class Commands {

    /** What a command acts on: the machine, the panes, the log. */
    interface Context {
        Target target();

        Snapshot now();

        Program program();

        Panes panes();

        void log(String text);

        void showHelp();

        void quit();
    }

    /** One command: its names (the first is the one shown), its arguments and its help. */
    record Command(List<String> names, String arguments, String help, Action action) {
        /** {@code name} with the arguments, as typed: {@code b LOC}, {@code x/NF ADDR}. */
        String usage(String name) {
            return arguments.isEmpty() ? name : arguments.startsWith("/") ? name + arguments : name + " " + arguments;
        }
    }

    /** What a command does with its argument text (empty if none). */
    @FunctionalInterface
    interface Action {
        void run(Context context, String argument);
    }

    static final List<Command> ALL = List.of(
            new Command(List.of("c", "continue"), "", "run until a breakpoint, a watchpoint or a caught event",
                    (context, argument) -> context.target().resume()),
            new Command(List.of("si", "s", "step", "stepi"), "", "step one instruction",
                    (context, argument) -> context.target().step()),
            new Command(List.of("ni", "n", "next", "nexti"), "", "step one instruction, over a call",
                    (context, argument) -> context.target().stepOver()),
            new Command(List.of("finish"), "", "run until the current function returns",
                    (context, argument) -> context.target().finish()),
            new Command(List.of("until", "u", "advance"), "LOC", "run until the pc reaches LOC",
                    (context, argument) -> address(context, argument)
                            .ifPresent(a -> context.target().runUntil((int) a))),
            new Command(List.of("b", "break"), "LOC", "breakpoint at LOC (a symbol, an address, sym+off)",
                    Commands::breakAt),
            new Command(List.of("watch"), "[-p] ADDR", "watchpoint on writes to ADDR (-p: a physical address)",
                    Commands::watch),
            new Command(List.of("d", "delete"), "N", "delete breakpoint or watchpoint N", Commands::delete),
            new Command(List.of("info"), "b", "list breakpoints and watchpoints", Commands::info),
            new Command(List.of("catch"), "trap|priv [off]", "stop when a trap is taken / the privilege changes",
                    Commands::catchEvent),
            new Command(List.of("p", "print"), "REG", "print a register or CSR (p sp, p $a0, p mstatus)",
                    Commands::print),
            new Command(List.of("x"), "/NF ADDR", "examine N units at ADDR; F: w words, h halves, b bytes",
                    Commands::examine),
            new Command(List.of("mem"), "[-p] ADDR", "the memory pane follows ADDR (a register, a symbol)",
                    (context, argument) -> showMemory(context, argument)),
            new Command(List.of("walk"), "VADDR", "the MMU pane walks the page tables for VADDR",
                    (context, argument) -> context.panes().mmu.walk(argument.isEmpty() ? "pc" : argument)),
            new Command(List.of("help", "h"), "", "this help", (context, argument) -> context.showHelp()),
            new Command(List.of("q", "quit"), "", "leave the UI", (context, argument) -> context.quit()));

    private static final Map<String, Command> BY_NAME = byName();

    private String last = "";

    /** Runs {@code line}; an empty line runs the last command again. */
    void run(Context context, String line) {
        String text = line.trim();
        if (text.isEmpty()) {
            text = last;
            if (text.isEmpty()) {
                return;
            }
        }
        last = text;
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String name = text.substring(0, end).toLowerCase(Locale.ROOT);
        Command command = BY_NAME.get(name);
        if (command == null) {
            context.log("unknown command \"" + text + "\": help lists the commands");
            return;
        }
        command.action().run(context, text.substring(end).trim());
    }

    private static Map<String, Command> byName() {
        Map<String, Command> map = new LinkedHashMap<>();
        for (Command command : ALL) {
            for (String name : command.names()) {
                map.put(name, command);
            }
        }
        return map;
    }

    /** The address {@code text} names, or empty (and a message). */
    private static OptionalLong address(Context context, String text) {
        String expression = text.startsWith("*") ? text.substring(1) : text;
        OptionalLong address = Addresses.resolve(expression, context.now(), context.program());
        if (address.isEmpty()) {
            context.log(text.isEmpty() ? "an address is needed" : "\"" + text + "\" names no address");
        }
        return address;
    }

    private static void breakAt(Context context, String argument) {
        OptionalLong address = address(context, argument.isEmpty() ? "pc" : argument);
        if (address.isPresent()) {
            int number = context.target().breakAt((int) address.getAsLong());
            context.log(String.format("breakpoint %d at 0x%08x", number, address.getAsLong()));
        }
    }

    private static void watch(Context context, String argument) {
        boolean physical = argument.startsWith("-p");
        OptionalLong address = address(context, physical ? argument.substring(2).trim() : argument);
        if (address.isPresent()) {
            int number = context.target().watch(address.getAsLong(), physical);
            context.log(String.format("watchpoint %d on writes to 0x%08x%s", number, address.getAsLong(),
                    physical ? " (physical)" : ""));
        }
    }

    private static void delete(Context context, String argument) {
        try {
            int number = Integer.parseInt(argument);
            context.log(context.target().delete(number) ? "deleted " + number
                    : "no breakpoint or watchpoint " + number);
        } catch (NumberFormatException e) {
            context.log("delete N: N is the number info b shows");
        }
    }

    private static void info(Context context, String argument) {
        if (!argument.startsWith("b")) {
            context.log("info b: the breakpoints and watchpoints");
            return;
        }
        List<Target.Point> points = context.target().points();
        if (points.isEmpty()) {
            context.log("no breakpoints or watchpoints");
        }
        for (Target.Point point : points) {
            context.log(point.describe());
        }
    }

    private static void catchEvent(Context context, String argument) {
        String[] words = argument.split("\\s+");
        boolean on = words.length < 2 || !words[1].equals("off");
        switch (words[0]) {
            case "trap" -> context.target().catchTraps(on);
            case "priv" -> context.target().catchPrivilege(on);
            default -> {
                context.log("catch trap|priv [off]");
                return;
            }
        }
        context.log((on ? "stopping" : "no longer stopping") + " on " + (words[0].equals("trap") ? "traps"
                : "privilege changes"));
    }

    private static void print(Context context, String argument) {
        String name = argument.startsWith("$") ? argument.substring(1) : argument;
        Snapshot now = context.now();
        int register = Registers.x(name);
        for (Csr csr : Snapshot.CSRS) {
            if (csr.assemblyName().equals(name)) {
                context.log(String.format("%s = 0x%08x", name, now.csr(csr)));
                return;
            }
        }
        if (name.equals("pc") || register >= 0) {
            int value = register >= 0 ? now.x()[register] : now.pc();
            context.log(String.format("%s = 0x%08x (%d)", name, value, value));
            return;
        }
        OptionalLong address = address(context, argument);
        address.ifPresent(a -> context.log(String.format("%s = 0x%08x", argument, a)));
    }

    private static void examine(Context context, String argument) {
        String format = "";
        String rest = argument;
        if (argument.startsWith("/")) {
            int space = argument.indexOf(' ');
            format = space < 0 ? argument.substring(1) : argument.substring(1, space);
            rest = space < 0 ? "" : argument.substring(space + 1).trim();
        }
        int count = 1;
        int unit = 4;
        String digits = format.replaceAll("[^0-9]", "");
        if (!digits.isEmpty()) {
            count = Math.max(1, Math.min(256, Integer.parseInt(digits)));
        }
        if (format.contains("b")) {
            unit = 1;
        } else if (format.contains("h")) {
            unit = 2;
        }
        OptionalLong start = address(context, rest);
        if (start.isEmpty()) {
            return;
        }
        int[] bytes = context.target().read(start.getAsLong(), count * unit, false);
        int perLine = 16 / unit;
        for (int first = 0; first < count; first += perLine) {
            StringBuilder line = new StringBuilder(String.format("0x%08x:", start.getAsLong() + (long) first * unit));
            for (int i = first; i < Math.min(count, first + perLine); i++) {
                line.append(' ').append(unit(bytes, i * unit, unit));
            }
            context.log(line.toString());
        }
    }

    /** One unit of {@code width} bytes, little-endian, in hex; {@code --} where unreadable. */
    private static String unit(int[] bytes, int offset, int width) {
        long value = 0;
        for (int b = width - 1; b >= 0; b--) {
            if (bytes[offset + b] < 0) {
                return "-".repeat(2 * width);
            }
            value = value << 8 | bytes[offset + b];
        }
        return String.format("%0" + 2 * width + "x", value);
    }

    private static void showMemory(Context context, String argument) {
        boolean physical = argument.startsWith("-p");
        String expression = physical ? argument.substring(2).trim() : argument;
        if (address(context, expression).isPresent()) {
            context.panes().memory.show(expression, physical);
        }
    }

    /** The command table as help lines: names, arguments, meaning. */
    static List<String> help() {
        List<String> lines = new ArrayList<>();
        for (Command command : ALL) {
            String names = command.usage(String.join("|", command.names()));
            lines.add(String.format("  %-32s %s", names, command.help()));
        }
        return lines;
    }
}
