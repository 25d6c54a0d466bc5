package strata.assembler.disasm;

import java.util.Arrays;
import java.util.List;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.Format;
import strata.assembler.isa.Opcode;
import strata.assembler.isa.Operand;

/**
 * The address objdump prints after an instruction as {@code # 80000050 <greeting>}: the
 * address a {@code lui}/{@code auipc} + {@code addi}/load/store/{@code jalr} pair computes,
 * or an offset from {@code zero}, {@code tp} or {@code gp} (when the file defines
 * {@code __global_pointer$}). Like binutils' RISC-V disassembler, it remembers the upper part
 * each {@code lui}/{@code auipc} leaves in a register until an instruction uses it, across the
 * whole listing, whatever runs in between.
 */
final class AddressHints {
    private static final int ZERO = 0;
    private static final int GP = 3;
    private static final int TP = 4;
    private static final long NONE = -1;

    private final long[] upper = new long[32];
    private final Long globalPointer;
    private long address;
    private boolean hasAddress;

    /** {@code globalPointer} is the value of {@code __global_pointer$}, or null. */
    AddressHints(Long globalPointer) {
        this.globalPointer = globalPointer;
        Arrays.fill(upper, NONE);
    }

    /**
     * Takes note of {@code instruction} as printed, and returns the address to print after it,
     * or null. Each operand objdump prints may use an upper part, in the order printed; an
     * offset printed as {@code imm(rs1)} counts twice for {@code jalr}, as in binutils.
     */
    Long after(Instruction instruction) {
        Opcode op = instruction.opcode();
        int word = instruction.word();
        List<Format.Element> syntax = instruction.alias() != null
                ? instruction.alias().syntax() : op.format().elements();
        boolean addressingImmediate = (op == Opcode.ADDI && Encoding.rs1(word) != ZERO) || op == Opcode.JALR;
        for (int i = 0; i < syntax.size(); i++) {
            if (!(syntax.get(i) instanceof Format.Field field)) {
                continue;
            }
            Operand operand = field.operand();
            boolean offset = i + 1 < syntax.size() && syntax.get(i + 1) instanceof Format.Punctuation next
                    && next.symbol() == '(';
            if (operand == Operand.RD && (op == Opcode.LUI || op == Opcode.AUIPC)) {
                upper[Encoding.rd(word)] = Integer.toUnsignedLong(Encoding.immU(word)
                        + (op == Opcode.AUIPC ? instruction.address() : 0));
            } else if (operand == Operand.RS1 && op == Opcode.JALR) {
                use(word, Encoding.immI(word));
            } else if (operand == Operand.IMM12 && offset) {
                use(word, Encoding.immI(word));
                if (addressingImmediate) {
                    use(word, Encoding.immI(word));
                }
            } else if (operand == Operand.IMM12 && addressingImmediate) {
                use(word, Encoding.immI(word));
            } else if (operand == Operand.SIMM12) {
                use(word, Encoding.immS(word));
            }
        }
        if (!hasAddress) {
            return null;
        }
        hasAddress = false;
        return address;
    }

    /** binutils' maybe_print_address: base register rs1 plus {@code offset}. */
    private void use(int word, int offset) {
        int base = Encoding.rs1(word);
        if (upper[base] != NONE) {
            address = (base != ZERO ? upper[base] : 0) + offset;
            upper[base] = NONE;
        } else if (base == GP && globalPointer != null) {
            address = globalPointer + offset;
        } else if (base == TP || base == ZERO) {
            address = offset;
        } else {
            return;
        }
        address &= 0xffffffffL;
        hasAddress = true;
    }
}
