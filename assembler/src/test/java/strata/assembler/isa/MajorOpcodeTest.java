package strata.assembler.isa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The major opcode map agrees with the instruction table and with the rules of instruction length. */
class MajorOpcodeTest {

    @Test
    void everyRowOfTheTableStartsWithANamedMajorOpcode() {
        Set<Integer> named = new HashSet<>();
        for (MajorOpcode opcode : MajorOpcode.values()) {
            named.add(opcode.value());
        }
        for (Opcode row : Opcode.values()) {
            assertThat(named).as(row.mnemonic()).contains(Encoding.opcode(row.match()));
        }
    }

    @Test
    void everyMajorOpcodeIsThatOfA32BitInstruction() {
        for (MajorOpcode opcode : MajorOpcode.values()) {
            assertThat(MajorOpcode.is32Bit(opcode.value())).as(opcode.name()).isTrue();
        }
        assertThat(MajorOpcode.is32Bit(0x1f)).as("48-bit").isFalse();
        assertThat(MajorOpcode.is32Bit(0x7f)).as("80-bit and longer").isFalse();
        assertThat(MajorOpcode.is32Bit(0x01)).as("compressed").isFalse();
    }

    @Test
    void namesAreExact() {
        assertThat(MajorOpcode.byName("OP_IMM")).isEqualTo(MajorOpcode.OP_IMM);
        assertThat(MajorOpcode.byName("op_imm")).isNull();
        assertThat(MajorOpcode.OP_IMM.value()).isEqualTo(0x13);
    }
}
