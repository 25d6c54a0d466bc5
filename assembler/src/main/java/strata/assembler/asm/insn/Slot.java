package strata.assembler.asm.insn;

import java.util.ArrayList;
import java.util.List;
import strata.assembler.isa.Format;
import strata.assembler.isa.Operand;

/**
 * One element of an operand template as the assembler reads it: an instruction field, a piece of
 * punctuation, or, for the multi-instruction pseudo-instructions, an address expression
 * ({@code expr}, or {@code callee} for a call target, in a template). Machine templates come from {@link Format} and the alias table;
 * only the pseudo-instructions write theirs here.
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

    /** The slots of a pseudo-instruction template such as {@code rs2,expr,rs1}. */
    static List<Slot> pseudo(String template) {
        List<Slot> slots = new ArrayList<>();
        for (String part : template.split(",", -1)) {
            if (!slots.isEmpty()) {
                slots.add(new Punctuation(',', false));
            }
            if (part.equals("expr") || part.equals("callee")) {
                slots.add(new Address(part.equals("callee")));
            } else if (!part.isEmpty()) {
                slots.add(new Field(Operand.byTemplateName(part), false));
            }
        }
        return List.copyOf(slots);
    }
}
