package strata.compiler.codegen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strata.compiler.bytecode.Instruction;
import strata.compiler.bytecode.Opcode;
import strata.compiler.code.CodeObject;
import strata.compiler.code.Constant;
import strata.compiler.code.ExceptionEntry;
import strata.compiler.code.Position;

/**
 * The instructions of one code object while they are emitted, with the tables their arguments
 * index (constants, names, local variables), and their assembly into a {@link CodeObject}: jump
 * labels resolved, unreachable instructions dropped, the stack depth at every instruction found by
 * following every path (jumps and exception handlers too), the exception table made from the
 * handler each instruction was emitted under, and a position for every instruction.
 */
final class CodeBuilder {
    /** One emitted instruction: its argument is a number or a label, resolved at assembly. */
    private record Emitted(Opcode opcode, int arg, Label target, Position position, Handler handler) {
    }

    private final List<Emitted> code = new ArrayList<>();
    private final Map<Constant, Integer> consts = new LinkedHashMap<>();
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final Map<String, Integer> varnames = new LinkedHashMap<>();
    private Position position = Position.NONE;
    private Handler handler;

    CodeBuilder(List<String> parameters) {
        for (String parameter : parameters) {
            varnames.putIfAbsent(parameter, varnames.size());
        }
    }

    Position position() {
        return position;
    }

    void position(Position where) {
        position = where;
    }

    int constant(Constant value) {
        return consts.computeIfAbsent(value, v -> consts.size());
    }

    int name(String name) {
        return names.computeIfAbsent(name, n -> names.size());
    }

    int varname(String name) {
        return varnames.computeIfAbsent(name, n -> varnames.size());
    }

    void emit(Opcode opcode) {
        emit(opcode, 0);
    }

    void emit(Opcode opcode, int arg) {
        if (arg < 0 || arg > Instruction.MAX_ARG) {
            throw new IllegalStateException(opcode + " argument " + arg + " does not fit");
        }
        code.add(new Emitted(opcode, arg, null, position, handler));
    }

    void jump(Opcode opcode, Label target) {
        code.add(new Emitted(opcode, 0, target, position, handler));
    }

    void bind(Label label) {
        label.bind(code.size());
    }

    /** Code emitted from now on is handled at {@code target} until {@link #popHandler}. */
    void pushHandler(Handler.Kind kind, Label target) {
        handler = new Handler(kind, target, code.size(), handler);
    }

    void popHandler() {
        handler = handler.outer();
    }

    /** The handlers in effect, to put back after code that left them on one path only. */
    Handler handlers() {
        return handler;
    }

    void restoreHandlers(Handler saved) {
        handler = saved;
    }

    /** True if the last instruction emitted never falls through to the next. */
    boolean endsBlock() {
        if (code.isEmpty()) {
            return false;
        }
        Opcode.Flow flow = code.get(code.size() - 1).opcode().flow();
        return flow == Opcode.Flow.JUMP || flow == Opcode.Flow.EXIT;
    }

    /** The names in the order first used, for co_names. */
    List<String> names() {
        return List.copyOf(names.keySet());
    }

    /** The code object; the stack-depth analysis throws if the compiler left the stack inconsistent. */
    CodeObject build(String name, String qualname, String filename, int firstLine, int argCount,
                     int posOnlyArgCount, int kwOnlyArgCount, int flags, List<String> freevars, List<String> cellvars) {
        int[] depth = depths();
        int[] newIndex = new int[code.size() + 1];
        int kept = 0;
        for (int i = 0; i < code.size(); i++) {
            newIndex[i] = kept;
            if (depth[i] >= 0) {
                kept++;
            }
        }
        newIndex[code.size()] = kept;
        List<Instruction> instructions = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        List<ExceptionEntry> table = new ArrayList<>();
        Handler open = null;
        int openStart = 0;
        int maxDepth = 0;
        for (int i = 0; i < code.size(); i++) {
            if (depth[i] < 0) {
                continue;
            }
            Emitted e = code.get(i);
            int arg = e.target() != null ? newIndex[e.target().index()] : e.arg();
            instructions.add(new Instruction(e.opcode(), arg));
            positions.add(e.position());
            maxDepth = Math.max(maxDepth, depth[i] + Math.max(0, e.opcode().effect().delta(e.arg(), false)));
            maxDepth = Math.max(maxDepth, depth[i] + Math.max(0, e.opcode().effect().delta(e.arg(), true)));
            if (e.handler() != open) {
                close(table, open, openStart, instructions.size() - 1, newIndex);
                open = e.handler();
                openStart = instructions.size() - 1;
            }
        }
        close(table, open, openStart, instructions.size(), newIndex);
        for (int d : depth) {
            maxDepth = Math.max(maxDepth, d);
        }
        return new CodeObject(name, qualname, filename, firstLine, argCount, posOnlyArgCount, kwOnlyArgCount,
                maxDepth, flags, instructions, List.copyOf(consts.keySet()), names(),
                List.copyOf(varnames.keySet()), freevars, cellvars, table, positions);
    }

    private static void close(List<ExceptionEntry> table, Handler handler, int start, int end, int[] newIndex) {
        if (handler != null && end > start) {
            table.add(new ExceptionEntry(start, end, newIndex[handler.target().index()], handler.depth(),
                    handler.lasti()));
        }
    }

    /**
     * The stack depth before each instruction, -1 where no path reaches it. Every path into an
     * instruction must bring the same depth; a handler is entered with the depth at its setup.
     */
    private int[] depths() {
        int[] depth = new int[code.size() + 1];
        Arrays.fill(depth, -1);
        Map<Integer, List<Handler>> setups = new HashMap<>();
        for (Emitted e : code) {
            for (Handler h = e.handler(); h != null; h = h.outer()) {
                setups.computeIfAbsent(h.setupIndex(), k -> new ArrayList<>()).add(h);
            }
        }
        Deque<Integer> work = new ArrayDeque<>();
        reach(depth, work, 0, 0);
        while (!work.isEmpty()) {
            int i = work.pop();
            if (i >= code.size()) {
                throw new IllegalStateException("control falls off the end of the code");
            }
            int d = depth[i];
            for (Handler h : setups.getOrDefault(i, List.of())) {
                if (!h.depthKnown()) {
                    h.setupDepth(d);
                    reach(depth, work, h.target().index(), h.entryDepth());
                }
            }
            Emitted e = code.get(i);
            Opcode.Flow flow = e.opcode().flow();
            if (flow == Opcode.Flow.NEXT || flow == Opcode.Flow.BRANCH) {
                reach(depth, work, i + 1, d + e.opcode().effect().delta(e.arg(), false));
            }
            if (flow == Opcode.Flow.BRANCH || flow == Opcode.Flow.JUMP) {
                reach(depth, work, e.target().index(), d + e.opcode().effect().delta(e.arg(), true));
            }
        }
        return depth;
    }

    private void reach(int[] depth, Deque<Integer> work, int index, int d) {
        if (d < 0) {
            throw new IllegalStateException("stack underflow at instruction " + index + " ("
                    + (index < code.size() ? code.get(index).opcode() : "end") + ")");
        }
        if (depth[index] < 0) {
            depth[index] = d;
            work.push(index);
        } else if (depth[index] != d) {
            throw new IllegalStateException("inconsistent stack depth at instruction " + index + ": " + depth[index]
                    + " and " + d + " (" + (index < code.size() ? code.get(index).opcode() : "end") + ")");
        }
    }
}
