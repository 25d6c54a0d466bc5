package strata.cli.tui;

import java.util.OptionalLong;
import strata.assembler.isa.Registers;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramSymbols;

/**
 * Reads the addresses a person types in commands, as gdb does: a number (decimal, or hexadecimal
 * after 0x), a symbol of the program, a register ({@code sp}, {@code $a0}, {@code pc}), and sums
 * and differences of those ({@code buffer+16}, {@code $sp-0x20}). A register is read from the
 * snapshot given, so an expression kept by a pane follows the register from stop to stop.
 */
final class Addresses {
    private Addresses() {
    }

    /** The value of {@code text} (a 32-bit address), or empty if some part of it names nothing. */
    static OptionalLong resolve(String text, Snapshot snapshot, Program program) {
        String expression = text.replace(" ", "");
        if (expression.isEmpty()) {
            return OptionalLong.empty();
        }
        long total = 0;
        int start = 0;
        int sign = 1;
        for (int i = 1; i <= expression.length(); i++) {
            if (i == expression.length() || expression.charAt(i) == '+' || expression.charAt(i) == '-') {
                OptionalLong term = term(expression.substring(start, i), snapshot, program);
                if (term.isEmpty()) {
                    return OptionalLong.empty();
                }
                total += sign * term.getAsLong();
                if (i < expression.length()) {
                    sign = expression.charAt(i) == '+' ? 1 : -1;
                }
                start = i + 1;
            }
        }
        return OptionalLong.of(total & 0xffffffffL);
    }

    private static OptionalLong term(String text, Snapshot snapshot, Program program) {
        String name = text.startsWith("$") ? text.substring(1) : text;
        if (name.equals("pc")) {
            return OptionalLong.of(Integer.toUnsignedLong(snapshot.pc()));
        }
        int register = Registers.x(name);
        if (register >= 0) {
            return OptionalLong.of(Integer.toUnsignedLong(snapshot.x()[register]));
        }
        long address = ProgramSymbols.address(program, text);
        return address < 0 ? OptionalLong.empty() : OptionalLong.of(address);
    }
}
