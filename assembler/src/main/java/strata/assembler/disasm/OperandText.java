package strata.assembler.disasm;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import strata.assembler.isa.Csr;
import strata.assembler.isa.FenceSet;
import strata.assembler.isa.Format;
import strata.assembler.isa.Operand;
import strata.assembler.isa.Ordering;
import strata.assembler.isa.Registers;
import strata.assembler.isa.RoundingMode;

/**
 * The operand text of one instruction, in GNU objdump's notation: fields and punctuation in
 * template order without spaces, ABI register names, CSR names (hex when the CSR has no name),
 * and the optional rounding mode only when it is not {@code dyn}.
 */
final class OperandText {

    /** objdump prints these immediates in hex ({@code slli a0,a1,0x3}, {@code lui a0,0x12345}). */
    private static final Set<Operand> PRINTED_IN_HEX = EnumSet.of(Operand.SHAMT, Operand.IMM20);

    private OperandText() {
    }

    /** The mnemonic suffix for the ordering bits {@code aqrl} (aq&lt;&lt;1 | rl). */
    static String ordering(int aqrl) {
        return Ordering.of(aqrl).suffix();
    }

    /**
     * The operands of {@code syntax} with the field values {@code values}; a PC-relative field
     * prints as {@code target}, named by {@code symbols}.
     */
    static String of(List<Format.Element> syntax, Disassembler.OperandValues values, OptionalInt target,
                     SymbolLookup symbols) {
        boolean withTail = hasOptionalTail(syntax, values);
        StringBuilder text = new StringBuilder();
        for (Format.Element element : syntax) {
            if (element instanceof Format.Punctuation punctuation) {
                if (withTail || !punctuation.optional()) {
                    text.append(punctuation.symbol());
                }
            } else if (element instanceof Format.Field field && (withTail || !field.optional())) {
                text.append(field(field.operand(), values.of(field.operand()), target, symbols));
            }
        }
        return text.toString();
    }

    /** The optional tail ({@code [,rm]}) is printed only when it says more than its default. */
    private static boolean hasOptionalTail(List<Format.Element> syntax, Disassembler.OperandValues values) {
        for (Format.Element element : syntax) {
            if (element instanceof Format.Field field && field.optional()
                    && !(field.operand() == Operand.RM && values.of(Operand.RM) == RoundingMode.DYN.encoding())) {
                return true;
            }
        }
        return false;
    }

    private static String field(Operand operand, int value, OptionalInt target, SymbolLookup symbols) {
        return switch (operand.kind()) {
            case X_REGISTER -> Registers.xName(value);
            case F_REGISTER -> Registers.fName(value);
            case CSR -> csr(value);
            case ROUNDING_MODE -> RoundingMode.byEncoding(value).assemblyName();
            case FENCE_SET -> FenceSet.format(value);
            case PC_OFFSET -> address(target.orElseThrow(), symbols);
            case IMMEDIATE -> PRINTED_IN_HEX.contains(operand)
                    ? "0x" + Integer.toHexString(value) : Integer.toString(value);
        };
    }

    private static String csr(int number) {
        String name = Csr.nameOf(number);
        return name != null ? name : "0x" + Integer.toHexString(number);
    }

    /** A branch or jump target as objdump prints it: {@code 48 <loop+0x8>}, or {@code 0x48}. */
    static String address(int target, SymbolLookup symbols) {
        String hex = Integer.toHexString(target);
        String label = symbols.label(target);
        return label == null ? "0x" + hex : hex + " <" + label + ">";
    }
}
