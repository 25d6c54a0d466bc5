package strata.cpu.gdb;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import strata.cpu.board.Stop;
import strata.cpu.debug.AddressSpace;
import strata.cpu.debug.DebugSession;
import strata.cpu.debug.StopEvent;
import strata.cpu.debug.Watchpoint;

/**
 * One GDB connection: reads packets, answers them from the {@link DebugSession}, and while the
 * machine runs waits for its stop or for Ctrl-C. All-stop mode, one thread (thread id 1).
 * A packet it does not know gets the empty reply; a malformed one an {@code E} error; neither
 * touches the machine.
 */
final class GdbConnection {
    /** How a connection ended. */
    enum Ending { DETACHED, KILLED, EXITED, HUNG_UP }

    /** How long to wait for a stop before looking for a Ctrl-C again. */
    private static final Duration POLL = Duration.ofMillis(20);
    /** EFAULT, as QEMU answers a memory access it cannot do. */
    private static final String FAULT = "E14";
    private static final String BAD = "E01";
    private static final String THREAD = "thread:01;";
    /** The most bytes one {@code m} answers: the hex must fit in a packet. */
    private static final int MAX_READ = 0x1800;

    private final DebugSession session;
    private final Packets packets;
    private final TargetDescription target;
    /** Breakpoints and watchpoints this connection set, by their Z packet's type, address and kind/length. */
    private final Map<String, Integer> points = new HashMap<>();
    /** The Z type ('0' software, '1' hardware) of each breakpoint this connection set, by number. */
    private final Map<Integer, Character> breakpointTypes = new HashMap<>();
    /** Whether gdb said in qSupported that it understands swbreak and hwbreak in stop replies. */
    private boolean reportsBreakKind;
    private boolean interrupted;
    private Ending ending;

    GdbConnection(DebugSession session, Packets packets, TargetDescription target) {
        this.session = session;
        this.packets = packets;
        this.target = target;
    }

    /** Stops the machine and serves until gdb detaches, kills, sees the guest exit, or hangs up. */
    Ending serve() throws IOException {
        session.pause();
        session.awaitStop();
        while (ending == null) {
            Packets.Incoming incoming = packets.read();
            if (incoming instanceof Packets.End) {
                ending = Ending.HUNG_UP;
            } else if (incoming instanceof Packets.Packet packet) {
                String reply = answer(packet.data());
                if (reply != null) {
                    packets.write(reply);
                }
            }
        }
        for (int number : points.values()) {
            session.remove(number);
        }
        return ending;
    }

    /** The reply to {@code data}, or null when none is due (kill, or the connection hung up while running). */
    private String answer(String data) throws IOException {
        if (data.isEmpty()) {
            return "";
        }
        String rest = data.substring(1);
        try {
            return switch (data.charAt(0)) {
                case '?' -> stopReply(session.lastEvent());
                case 'g' -> allRegisters();
                case 'G' -> writeAllRegisters(rest);
                case 'p' -> register(rest);
                case 'P' -> writeRegister(rest);
                case 'm' -> readMemory(rest);
                case 'M' -> writeMemory(rest, false);
                case 'X' -> writeMemory(rest, true);
                case 'c', 'C' -> resume(data.charAt(0) == 'c' ? rest : afterSignal(rest), false);
                case 's', 'S' -> resume(data.charAt(0) == 's' ? rest : afterSignal(rest), true);
                case 'v' -> verbose(data);
                case 'Z' -> insert(rest);
                case 'z' -> remove(rest);
                case 'D' -> detach();
                case 'k' -> kill();
                case 'H', 'T' -> "OK";
                case 'q', 'Q' -> Queries.answer(data, this);
                default -> "";
            };
        } catch (IllegalStateException e) {
            return BAD;
        }
    }

    // ---- registers

    private String allRegisters() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            text.append(Hex.register(session.register(i)));
        }
        return text.append(Hex.register(session.pc())).toString();
    }

    private String writeAllRegisters(String hex) {
        if (hex.length() != TargetDescription.CORE * 8) {
            return BAD;
        }
        int[] values = new int[TargetDescription.CORE];
        for (int i = 0; i < values.length; i++) {
            Integer value = Hex.parseRegister(hex.substring(8 * i, 8 * i + 8));
            if (value == null) {
                return BAD;
            }
            values[i] = value;
        }
        for (int i = 1; i < 32; i++) {
            session.setRegister(i, values[i]);
        }
        session.setPc(values[TargetDescription.PC]);
        return "OK";
    }

    private String register(String number) {
        long regnum = Hex.number(number);
        if (regnum >= 0 && regnum < 32) {
            return Hex.register(session.register((int) regnum));
        }
        if (regnum == TargetDescription.PC) {
            return Hex.register(session.pc());
        }
        if (regnum == TargetDescription.PRIV) {
            return Hex.register(session.privilege().level());
        }
        int csr = target.csr((int) Math.min(regnum, Integer.MAX_VALUE));
        return csr < 0 ? BAD : Hex.register(session.csr(csr));
    }

    private String writeRegister(String assignment) {
        int equals = assignment.indexOf('=');
        long regnum = equals < 0 ? -1 : Hex.number(assignment.substring(0, equals));
        Integer value = equals < 0 ? null : Hex.parseRegister(assignment.substring(equals + 1));
        if (regnum < 0 || value == null) {
            return BAD;
        }
        if (regnum < 32) {
            session.setRegister((int) regnum, value);
            return "OK";
        }
        if (regnum == TargetDescription.PC) {
            session.setPc(value);
            return "OK";
        }
        int csr = target.csr((int) Math.min(regnum, Integer.MAX_VALUE));
        return csr >= 0 && session.setCsr(csr, value) ? "OK" : BAD;
    }

    // ---- memory (virtual addresses, as the hart sees them now)

    private String readMemory(String range) {
        long[] at = addressAndLength(range);
        if (at == null || at[1] > MAX_READ) {
            return BAD;
        }
        byte[] data = session.readMemory(AddressSpace.VIRTUAL, at[0], (int) at[1]);
        return data == null ? FAULT : Hex.bytes(data);
    }

    private String writeMemory(String request, boolean binary) {
        int colon = request.indexOf(':');
        long[] at = colon < 0 ? null : addressAndLength(request.substring(0, colon));
        if (at == null) {
            return BAD;
        }
        String payload = request.substring(colon + 1);
        byte[] data = binary ? payload.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1) : Hex.parseBytes(payload);
        if (data == null || data.length != at[1]) {
            return BAD;
        }
        return session.writeMemory(AddressSpace.VIRTUAL, at[0], data) ? "OK" : FAULT;
    }

    /** {@code ADDR,LENGTH} in hex; null if malformed. */
    private static long[] addressAndLength(String text) {
        int comma = text.indexOf(',');
        if (comma < 0) {
            return null;
        }
        long address = Hex.number(text.substring(0, comma));
        long length = Hex.number(text.substring(comma + 1));
        return address < 0 || address > 0xffffffffL || length < 0 ? null : new long[] {address, length};
    }

    // ---- running

    /** {@code C sig;addr}: what follows the signal, which the machine has no use for. */
    private static String afterSignal(String rest) {
        int semicolon = rest.indexOf(';');
        return semicolon < 0 ? "" : rest.substring(semicolon + 1);
    }

    /** Continues or steps (from {@code address} if given) and returns the stop reply once it stops. */
    private String resume(String address, boolean step) throws IOException {
        if (!address.isEmpty()) {
            long pc = Hex.number(address);
            if (pc < 0) {
                return BAD;
            }
            session.setPc((int) pc);
        }
        interrupted = false;
        if (step) {
            session.step();
        } else {
            session.resume();
        }
        return awaitStop();
    }

    private String awaitStop() throws IOException {
        while (true) {
            StopEvent event;
            try {
                event = session.awaitStop(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                session.pause();
                event = session.awaitStop();
            }
            if (event != null) {
                return stopReply(event);
            }
            if (packets.ready()) {
                Packets.Incoming incoming = packets.read();
                if (incoming instanceof Packets.Interrupt) {
                    interrupted = true;
                    session.pause();
                } else if (incoming instanceof Packets.End) {
                    session.pause();
                    session.awaitStop();
                    ending = Ending.HUNG_UP;
                    return null;
                }
            }
        }
    }

    /** vCont? and vCont;ACTION[:THREAD]...: the first action for our thread (or for all) is done. */
    private String verbose(String data) throws IOException {
        if (data.equals("vCont?")) {
            return "vCont;c;C;s;S";
        }
        if (!data.startsWith("vCont;")) {
            return "";
        }
        for (String action : data.substring("vCont;".length()).split(";")) {
            int colon = action.indexOf(':');
            String thread = colon < 0 ? "" : action.substring(colon + 1);
            if (!thread.isEmpty() && !thread.equals("1") && !thread.equals("01") && !thread.equals("-1")) {
                continue;
            }
            char kind = action.isEmpty() ? ' ' : action.charAt(0);
            if (kind == 'c' || kind == 'C') {
                return resume("", false);
            }
            if (kind == 's' || kind == 'S') {
                return resume("", true);
            }
            return BAD;
        }
        return BAD;
    }

    /** The stop reply for {@code event}, as QEMU words it. */
    private String stopReply(StopEvent event) {
        if (event instanceof StopEvent.MachineStopped stopped
                && (stopped.stop() instanceof Stop.PowerOff || stopped.stop() instanceof Stop.Quit)) {
            ending = Ending.EXITED;
            return String.format("W%02x", stopped.stop().status() & 0xff);
        }
        if (event instanceof StopEvent.Failed) {
            ending = Ending.EXITED;
            return "X06";
        }
        if (event instanceof StopEvent.WatchpointHit hit) {
            String kind = switch (hit.watchpoint().kind()) {
                case WRITE -> "watch";
                case READ -> "rwatch";
                case ACCESS -> "awatch";
            };
            long address = Math.max(hit.address(), hit.watchpoint().address());
            return String.format("T05%s:%x;%s", kind, address, THREAD);
        }
        if (event instanceof StopEvent.BreakpointHit hit && reportsBreakKind) {
            boolean hardware = breakpointTypes.getOrDefault(hit.number(), '0') == '1';
            return "T05" + (hardware ? "hwbreak" : "swbreak") + ":;" + THREAD;
        }
        if (event instanceof StopEvent.Paused && interrupted) {
            return "T02" + THREAD;
        }
        return "T05" + THREAD;
    }

    // ---- breakpoints and watchpoints

    private String insert(String request) {
        String[] fields = request.split("[,;]");
        if (fields.length < 3 || fields[0].length() != 1) {
            return BAD;
        }
        char type = fields[0].charAt(0);
        long address = Hex.number(fields[1]);
        long size = Hex.number(fields[2]);
        if (address < 0 || address > 0xffffffffL || size <= 0) {
            return BAD;
        }
        String key = key(type, address) + "," + size;
        if (points.containsKey(key)) {
            return "OK";
        }
        int number;
        switch (type) {
            case '0', '1' -> number = session.addBreakpoint((int) address).number();
            case '2' -> number = watch(Watchpoint.Kind.WRITE, address, size);
            case '3' -> number = watch(Watchpoint.Kind.READ, address, size);
            case '4' -> number = watch(Watchpoint.Kind.ACCESS, address, size);
            default -> {
                return "";
            }
        }
        points.put(key, number);
        breakpointTypes.put(number, type);
        return "OK";
    }

    private int watch(Watchpoint.Kind kind, long address, long size) {
        return session.addWatchpoint(kind, AddressSpace.VIRTUAL, address, (int) Math.min(size, 1 << 20)).number();
    }

    private String remove(String request) {
        String[] fields = request.split("[,;]");
        if (fields.length < 3 || fields[0].length() != 1) {
            return BAD;
        }
        long address = Hex.number(fields[1]);
        long size = Hex.number(fields[2]);
        if ("01234".indexOf(fields[0].charAt(0)) < 0) {
            return "";
        }
        Integer number = points.remove(key(fields[0].charAt(0), address) + "," + size);
        if (number != null) {
            session.remove(number);
            breakpointTypes.remove(number);
        }
        return "OK";
    }

    private static String key(char type, long address) {
        return type + "," + Long.toHexString(address);
    }

    private String detach() {
        ending = Ending.DETACHED;
        return "OK";
    }

    private String kill() {
        ending = Ending.KILLED;
        session.kill();
        return null;
    }

    // ---- for Queries

    TargetDescription target() {
        return target;
    }

    Packets packets() {
        return packets;
    }

    /** gdb announced swbreak+ and hwbreak+: stop replies for breakpoints say which kind. */
    void reportBreakKind() {
        reportsBreakKind = true;
    }
}
