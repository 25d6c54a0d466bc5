package strata.assembler.asm.insn;

import java.util.List;

/** One way to read a mnemonic's operands, and what to emit for what was read. */
record Form(List<Slot> syntax, Action action) {

    interface Action {
        void emit(Operands operands, InstructionSink sink);
    }
}
