package strata.assembler.asm.insn;

import strata.assembler.isa.Opcode;
import strata.assembler.isa.Operand;

/** An instruction word under construction: a row of the table with its fields filled in. */
final class Word {
    private int bits;

    Word(Opcode opcode) {
        bits = opcode.match();
    }

    Word with(Operand field, int value) {
        bits = field.insert(bits, value);
        return this;
    }

    int bits() {
        return bits;
    }
}
