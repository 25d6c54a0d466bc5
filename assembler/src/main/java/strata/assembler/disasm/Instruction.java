package strata.assembler.disasm;

import java.util.OptionalInt;
import strata.assembler.isa.Alias;
import strata.assembler.isa.Opcode;

/**
 * One disassembled word: what the {@link Disassembler} says the 32-bit {@code word} at
 * {@code address} is.
 *
 * <p>A word that encodes an instruction has its {@link Opcode} row, and the {@link Alias} row
 * it was printed as, if any. A word that does not is shown the way GNU objdump shows it, as
 * {@code .4byte 0x...}, with a null opcode. {@code target} is the absolute address a branch or
 * jump goes to; {@code operands} already holds it as text, with its label when the
 * disassembler was given a {@link SymbolLookup}.
 */
public record Instruction(int address, int word, Opcode opcode, Alias alias, String mnemonic, String operands,
                          OptionalInt target) {

    /** True if the word encodes an instruction; false for a word shown as {@code .4byte}. */
    public boolean isValid() {
        return opcode != null;
    }

    /** The instruction as objdump prints it: the mnemonic, a tab and the operands, if any. */
    public String text() {
        return operands.isEmpty() ? mnemonic : mnemonic + '\t' + operands;
    }

    @Override
    public String toString() {
        return text();
    }
}
