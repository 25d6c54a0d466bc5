package strata.assembler.asm.insn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import strata.assembler.isa.Alias;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.Extension;
import strata.assembler.isa.Format;
import strata.assembler.isa.Opcode;
import strata.assembler.isa.Ordering;
import strata.assembler.isa.Operand;

/**
 * The forms of a mnemonic that assemble to one instruction: its row of the {@link Opcode} table
 * (with {@code .aq}, {@code .rl} or {@code .aqrl} for atomics), then its {@link Alias} rows, in
 * table order.
 */
final class MachineForms {
    private MachineForms() {
    }

    static List<Form> of(String mnemonic) {
        List<Form> forms = new ArrayList<>();
        Opcode opcode = Opcode.byMnemonic(mnemonic);
        if (opcode != null) {
            forms.add(opcode(opcode, 0));
        }
        for (Ordering ordering : Ordering.values()) {
            if (ordering != Ordering.NONE && mnemonic.endsWith(ordering.suffix())) {
                Opcode base = Opcode.byMnemonic(mnemonic.substring(0, mnemonic.length() - ordering.suffix().length()));
                if (base != null && base.format().takesOrdering()) {
                    forms.add(opcode(base, ordering.bits()));
                }
            }
        }
        for (Alias alias : Alias.assembling(mnemonic)) {
            forms.add(alias(alias));
        }
        return forms;
    }

    private static Form opcode(Opcode opcode, int ordering) {
        boolean privileged = usesCsr(opcode.format().elements()) || opcode.extension() == Extension.PRIVILEGED;
        return new Form(Slot.of(opcode.format().elements()), (operands, sink) -> {
            int word = opcode.match();
            for (Map.Entry<Operand, Integer> field : operands.values.entrySet()) {
                word = field.getKey().insert(word, field.getValue());
            }
            emit(Encoding.withAqrl(word, ordering), operands, sink, privileged);
        });
    }

    private static Form alias(Alias alias) {
        boolean privileged = usesCsr(alias.syntax()) || alias.base().extension() == Extension.PRIVILEGED;
        return new Form(Slot.of(alias.syntax()),
                (operands, sink) -> emit(alias.encode(operands.values), operands, sink, privileged));
    }

    /** GNU records the privileged spec in .riscv.attributes when a CSR is named in an operand. */
    private static boolean usesCsr(List<Format.Element> syntax) {
        return syntax.stream().anyMatch(e -> e instanceof Format.Field field && field.operand() == Operand.CSR);
    }

    /**
     * Emits {@code word}: as a branch or jump whose offset waits for layout if its target does,
     * else as an instruction with the fixup its operands ask for, if any.
     */
    static void emit(int word, Operands operands, InstructionSink sink, boolean privileged) {
        if (privileged) {
            sink.usesPrivilegedSpec();
        }
        if (operands.hasPending() && operands.pendingField.kind() == Operand.Kind.PC_OFFSET) {
            sink.branch(word, operands.pendingField == Operand.BOFF, operands.pendingValue, operands.pendingColumn);
        } else {
            sink.instruction(word, operands.pendingKind, operands.pendingValue, operands.pendingColumn);
        }
    }
}
