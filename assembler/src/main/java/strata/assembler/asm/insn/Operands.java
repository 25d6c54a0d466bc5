package strata.assembler.asm.insn;

import java.util.EnumMap;
import java.util.Map;
import strata.assembler.asm.expr.Value;
import strata.assembler.asm.section.FixupKind;
import strata.assembler.isa.Operand;

/**
 * The operands read for one template: each field's number, and at most one field whose value
 * waits for the end ({@code pending}): a branch or jump target, or an immediate given as
 * {@code %lo(sym)} and the like. A pseudo-instruction's address operand is {@code address};
 * the opcode and function codes {@code .insn} sets are {@code codes}.
 */
final class Operands {
    final Map<Operand, Integer> values = new EnumMap<>(Operand.class);
    final Map<InsnField, Integer> codes = new EnumMap<>(InsnField.class);
    Operand pendingField;
    FixupKind pendingKind;
    Value pendingValue;
    int pendingColumn;
    Value address;
    RelocationFunction addressFunction;
    int addressColumn;

    int get(Operand operand) {
        return values.get(operand);
    }

    boolean hasPending() {
        return pendingField != null;
    }
}
