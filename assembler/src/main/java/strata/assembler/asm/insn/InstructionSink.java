package strata.assembler.asm.insn;

import strata.assembler.asm.expr.Value;
import strata.assembler.asm.section.FixupKind;
import strata.assembler.asm.symbol.AsmSymbol;

/** Where assembled instructions go: the current section, with its mapping symbols and fixups. */
public interface InstructionSink {

    /** An instruction statement starts here, whether or not it turns out to be valid (mapping symbols). */
    void beginInstruction();

    /** Emits a 4-byte instruction; if {@code kind} is not null, with a fixup of that kind for {@code value}. */
    void instruction(int word, FixupKind kind, Value value, int column);

    /** Emits a conditional branch or a jal whose offset, and maybe whose length, is settled at the end. */
    void branch(int word, boolean conditional, Value target, int column);

    /** Ends the current fragment after an expansion GNU closes a frag after (call, tail, jump). */
    void endFragment();

    /** A temporary label where the next instruction goes, for the %pcrel_lo of an expansion. */
    AsmSymbol labelHere();

    /** The file uses CSRs or privileged instructions, which .riscv.attributes records. */
    void usesPrivilegedSpec();
}
