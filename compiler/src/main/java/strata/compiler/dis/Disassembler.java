package strata.compiler.dis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import strata.compiler.bytecode.ArgKind;
import strata.compiler.bytecode.BinaryOperator;
import strata.compiler.bytecode.CompareOperator;
import strata.compiler.bytecode.Instruction;
import strata.compiler.bytecode.MakeFunctionFlag;
import strata.compiler.code.CodeObject;
import strata.compiler.code.Constant;
import strata.compiler.code.ExceptionEntry;
import strata.compiler.code.Position;

/**
 * The listing {@code strata dis} prints, in the layout of CPython 3.11's {@code dis.dis}: the
 * line number where a line starts, {@code >>} on jump targets, the offset, the opcode name
 * (20 columns), the argument (5 columns, right-aligned) and in parentheses what it resolves to;
 * then the exception table, then each nested code object, depth first. Offsets are instruction
 * indexes, the unit of Strata's jump targets (CPython's are byte offsets).
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;
    private static final int NARROW_LINE_WIDTH = 3;
    private static final int NARROW_OFFSET_WIDTH = 4;
    private static final String[] CONVERSIONS = {"", "str", "repr", "ascii"};
    private static final int FORMAT_SPEC_BIT = 4;

    private final StringBuilder out = new StringBuilder();

    private Disassembler() {
    }

    /** The listing of {@code code} and every code object nested in it. */
    public static String listing(CodeObject code) {
        Disassembler disassembler = new Disassembler();
        disassembler.recursive(code);
        return disassembler.out.toString();
    }

    private void recursive(CodeObject code) {
        disassemble(code);
        for (Constant constant : code.consts()) {
            if (constant instanceof CodeObject nested) {
                out.append('\n').append("Disassembly of ").append(nested.repr()).append(":\n");
                recursive(nested);
            }
        }
    }

    private void disassemble(CodeObject code) {
        List<Integer> lineStarts = lineStarts(code);
        int maxLine = lineStarts.stream().filter(line -> line != null).mapToInt(Integer::intValue).max().orElse(0);
        int lineWidth = maxLine >= 1000 ? Integer.toString(maxLine).length() : NARROW_LINE_WIDTH;
        int maxOffset = code.code().size() - 1;
        int offsetWidth = maxOffset >= 10000 ? Integer.toString(maxOffset).length() : NARROW_OFFSET_WIDTH;
        BitSet targets = jumpTargets(code);
        for (int i = 0; i < code.code().size(); i++) {
            Integer line = lineStarts.get(i);
            if (line != null && i > 0) {
                out.append('\n');
            }
            Instruction instruction = code.code().get(i);
            List<String> fields = new ArrayList<>();
            fields.add(line == null ? " ".repeat(lineWidth) : pad(Integer.toString(line), lineWidth));
            fields.add("   ");
            fields.add(targets.get(i) ? ">>" : "  ");
            fields.add(pad(Integer.toString(i), offsetWidth));
            fields.add(String.format("%-" + OPNAME_WIDTH + "s", instruction.opcode().name()));
            if (instruction.opcode().argKind() != ArgKind.NONE) {
                fields.add(pad(Integer.toString(instruction.arg()), OPARG_WIDTH));
                String meaning = argRepr(code, instruction);
                if (!meaning.isEmpty()) {
                    fields.add("(" + meaning + ")");
                }
            }
            out.append(String.join(" ", fields).stripTrailing()).append('\n');
        }
        if (!code.exceptionTable().isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionEntry entry : code.exceptionTable()) {
                out.append("  ").append(entry.start()).append(" to ").append(entry.end() - 1).append(" -> ")
                        .append(entry.target()).append(" [").append(entry.depth()).append(']')
                        .append(entry.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /** For each instruction, its line if a new line starts there (CPython's {@code findlinestarts}), else null. */
    private static List<Integer> lineStarts(CodeObject code) {
        List<Integer> starts = new ArrayList<>();
        int last = Integer.MIN_VALUE;
        for (Position position : code.positions()) {
            boolean newLine = position.line() >= 0 && position.line() != last;
            starts.add(newLine ? position.line() : null);
            if (position.line() >= 0) {
                last = position.line();
            }
        }
        return starts;
    }

    private static BitSet jumpTargets(CodeObject code) {
        BitSet targets = new BitSet();
        for (Instruction instruction : code.code()) {
            if (instruction.opcode().jumps()) {
                targets.set(instruction.arg());
            }
        }
        for (ExceptionEntry entry : code.exceptionTable()) {
            targets.set(entry.target());
        }
        return targets;
    }

    /** What the argument resolves to, as CPython's dis shows it; empty where it shows nothing. */
    private static String argRepr(CodeObject code, Instruction instruction) {
        int arg = instruction.arg();
        return switch (instruction.opcode().argKind()) {
            case CONST -> arg < code.consts().size() ? code.consts().get(arg).repr() : "?";
            case NAME -> arg < code.names().size() ? code.names().get(arg) : "?";
            case LOCAL -> arg < code.varnames().size() ? code.varnames().get(arg) : "?";
            case CELL -> arg < code.ncells() ? code.cellName(arg) : "?";
            case JUMP -> "to " + arg;
            case BINARY_OPERATOR -> BinaryOperator.describe(arg);
            case COMPARE -> CompareOperator.describe(arg);
            case FUNCTION_FLAGS -> MakeFunctionFlag.describe(arg);
            case FORMAT -> formatRepr(arg);
            case NONE, COUNT, INVERT, AWAIT_WHERE, UNPACK_COUNTS, RAISE_FORM -> "";
        };
    }

    private static String formatRepr(int arg) {
        List<String> parts = new ArrayList<>();
        if (!CONVERSIONS[arg & 3].isEmpty()) {
            parts.add(CONVERSIONS[arg & 3]);
        }
        if ((arg & FORMAT_SPEC_BIT) != 0) {
            parts.add("with format");
        }
        return String.join(", ", parts);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
}
