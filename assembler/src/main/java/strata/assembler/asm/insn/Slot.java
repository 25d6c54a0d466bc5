package strata.assembler.asm.insn;

import java.util.ArrayList;
import java.util.List;
import strata.assembler.isa.Format;
import strata.assembler.isa.Operand;

/**
 * One element of an operand template as the assembler reads it: an instruction field, a piece of
 * punctuation, for the multi-instruction pseudo-instructions an address expression
 * ({@code expr}, or {@code callee} for a call target, in a template), and for {@code .insn} a
 * field it sets directly ({@code opcode}, {@code funct3}, ...) or a register that may be an
 * integer or a floating-point one ({@code rd*}). Machine templates come from {@link Format} and
 * the alias table; the pseudo-instructions and {@code .insn} write theirs as text ({@link #parse}).
 */
sealed interface Slot {

    boolean optional();

    record Field(Operand operand, boolean optional) implements Slot {
    }

    record Punctuation(char symbol, boolean optional) implements Slot {
    }

    /**
     * A symbol address or a number, as la, call and the symbol forms of loads and stores take; a
     * {@code callee} (the target of call, tail, jump) may be followed by {@code @plt}.
     */
    record Address(boolean callee) implements Slot {
        @Override
        public boolean optional() {
            return false;
        }
    }

    /** A field {@code .insn} sets directly: the opcode or a function code. */
    record Code(InsnField field) implements Slot {
        @Override
        public boolean optional() {
            return false;
        }
    }

    /** A register of either file, x or f, for {@code .insn}; {@code operand} gives the field it goes in. */
    record AnyRegister(Operand operand) implements Slot {
        @Override
        public boolean optional() {
            return false;
        }
    }

    /** The slots of a machine template. */
    static List<Slot> of(List<Format.Element> elements) {
        List<Slot> slots = new ArrayList<>(elements.size());
        for (Format.Element element : elements) {
            if (element instanceof Format.Field field) {
                slots.add(new Field(field.operand(), field.optional()));
            } else {
                Format.Punctuation punctuation = (Format.Punctuation) element;
                slots.add(new Punctuation(punctuation.symbol(), punctuation.optional()));
            }
        }
        return List.copyOf(slots);
    }

    /**
     * The slots of a template such as {@code rs2,expr,rs1} or {@code opcode,funct3,rd*,imm12(rs1)}:
     * names separated by commas and parentheses.
     */
    static List<Slot> parse(String template) {
        List<Slot> slots = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == ',' || c == '(' || c == ')') {
                slots.add(new Punctuation(c, false));
                i++;
                continue;
            }
            int start = i;
            while (i < template.length() && ",()".indexOf(template.charAt(i)) < 0) {
                i++;
            }
            slots.add(named(template.substring(start, i)));
        }
        return List.copyOf(slots);
    }

    private static Slot named(String name) {
        if (name.equals("expr") || name.equals("callee")) {
            return new Address(name.equals("callee"));
        }
        if (name.endsWith("*")) {
            return new AnyRegister(operand(name.substring(0, name.length() - 1)));
        }
        InsnField field = InsnField.byTemplateName(name);
        return field != null ? new Code(field) : new Field(operand(name), false);
    }

    private static Operand operand(String name) {
        Operand operand = Operand.byTemplateName(name);
        if (operand == null) {
            throw new IllegalArgumentException("unknown field '" + name + "' in a template");
        }
        return operand;
    }
}
