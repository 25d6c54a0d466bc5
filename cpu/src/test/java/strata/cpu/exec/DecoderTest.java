package strata.cpu.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.Extension;
import strata.assembler.isa.Opcode;
import strata.cpu.hart.Hart;

/** The decoder against the toolchain's table: every row the hart implements has its operation. */
class DecoderTest {

    /** The operations by number, from the constants' names. */
    private static Map<Integer, String> operationNames() throws IllegalAccessException {
        Map<Integer, String> names = new HashMap<>();
        for (Field field : Op.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                String previous = names.put(field.getInt(null), field.getName());
                assertThat(previous).as("two operations numbered %d", field.getInt(null)).isNull();
            }
        }
        return names;
    }

    @Test
    void everyRowOfTheHartsExtensionsDecodesToTheOperationOfItsName() throws IllegalAccessException {
        Map<Integer, String> names = operationNames();
        for (Opcode op : Opcode.values()) {
            int operation = Decoder.operation(op);
            if (op.extension() == Extension.F || op.extension() == Extension.D) {
                assertThat(operation).as(op.mnemonic()).isEqualTo(Op.ILLEGAL);
            } else {
                String expected = op == Opcode.FENCE_TSO ? "FENCE" : op.name();
                assertThat(names.get(operation)).as(op.mnemonic()).isEqualTo(expected);
            }
        }
    }

    @Test
    void operationNumbersFitTheSevenBitsOfASlot() throws IllegalAccessException {
        assertThat(operationNames().keySet()).allMatch(number -> number >= 0 && number < 128);
    }

    @Test
    void fieldsAndImmediatesComeFromTheEncoding() {
        int word = Encoding.withImmS(Encoding.withRs2(Encoding.withRs1(Opcode.SW.match(), 7), 9), -8);
        long slot = Decoder.decode(word);
        int packed = (int) slot;
        assertThat(packed & 0x7f).isEqualTo(Op.SW);
        assertThat(Decoder.rs1(packed)).isEqualTo(7);
        assertThat(Decoder.rs2(packed)).isEqualTo(9);
        assertThat((int) (slot >>> 32)).isEqualTo(-8);
    }

    @Test
    void writesToX0GoToTheSinkAndIllegalWordsKeepTheWord() {
        long addi = Decoder.decode(Encoding.withImmI(Opcode.ADDI.match(), 5));
        assertThat(Decoder.rd((int) addi)).isEqualTo(Hart.SINK);
        long illegal = Decoder.decode(0xffffffff);
        assertThat((int) illegal).isEqualTo(Op.ILLEGAL);
        assertThat((int) (illegal >>> 32)).isEqualTo(0xffffffff);
        assertThat((int) Decoder.decode(Opcode.FADD_S.match())).isEqualTo(Op.ILLEGAL);
    }
}
