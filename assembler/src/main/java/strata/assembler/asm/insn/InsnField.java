package strata.assembler.asm.insn;

import java.util.function.IntBinaryOperator;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.MajorOpcode;

/**
 * The fields {@code .insn} sets directly, which no instruction of the table lets its operands
 * set: the major opcode (a number or a {@link MajorOpcode} name) and the function codes.
 */
enum InsnField {
    OPCODE("opcode", 7, Encoding::withOpcode),
    FUNCT3("funct3", 3, Encoding::withFunct3),
    FUNCT7("funct7", 7, Encoding::withFunct7),
    FUNCT2("funct2", 2, Encoding::withFunct2);

    private final String templateName;
    private final int bits;
    private final IntBinaryOperator insert;

    InsnField(String templateName, int bits, IntBinaryOperator insert) {
        this.templateName = templateName;
        this.bits = bits;
        this.insert = insert;
    }

    /** {@code word} with this field set to {@code value}; the field must be zero. */
    int insert(int word, int value) {
        return insert.applyAsInt(word, value);
    }

    /** Why {@code value} cannot go in this field, or null if it can. */
    String problem(long value) {
        if (!Encoding.fitsUnsigned(value, bits)) {
            return "bad value " + value + " for the " + templateName + " field, which takes 0.." + ((1 << bits) - 1);
        }
        if (this == OPCODE && (value & 0x3) != 0x3) {
            return "bad value 0x" + Long.toHexString(value) + " for the opcode field: its low 2 bits must be 11"
                    + " (with 00, 01 or 10 it would be a 16-bit instruction)";
        }
        if (this == OPCODE && !MajorOpcode.is32Bit((int) value)) {
            return "opcode 0x" + Long.toHexString(value) + " starts an instruction longer than 32 bits; "
                    + ".insn makes 32-bit instructions only";
        }
        return null;
    }

    /** The field named {@code name} in an .insn template, or null. */
    static InsnField byTemplateName(String name) {
        for (InsnField field : values()) {
            if (field.templateName.equals(name)) {
                return field;
            }
        }
        return null;
    }
}
