package strata.cpu.isatest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import strata.assembler.isa.Extension;
import strata.assembler.isa.Opcode;
import strata.assembler.object.Section;

/**
 * Every instruction of the machine's ISA (RV32IMA, Zicsr, Zifencei and the privileged
 * instructions, from the instruction table) appears in the code of the suite's tests: a new
 * instruction in the table without a test fails here.
 */
class InstructionCoverageTest {
    private static final Set<Extension> MACHINE = EnumSet.of(Extension.I, Extension.M, Extension.A,
            Extension.ZICSR, Extension.ZIFENCEI, Extension.PRIVILEGED);

    @Test
    void everyInstructionOfTheMachineIsInTheSuite() {
        Set<Opcode> used = EnumSet.noneOf(Opcode.class);
        for (SuiteFile file : SuiteFile.all()) {
            for (Section section : SuiteProgram.build(file.source()).executable().sections()) {
                if (section.isExecutable()) {
                    ByteBuffer words = ByteBuffer.wrap(section.data()).order(ByteOrder.LITTLE_ENDIAN);
                    while (words.remaining() >= Integer.BYTES) {
                        Opcode opcode = Opcode.decode(words.getInt());
                        if (opcode != null) {
                            used.add(opcode);
                        }
                    }
                }
            }
        }
        Set<Opcode> missing = EnumSet.noneOf(Opcode.class);
        for (Opcode opcode : Opcode.values()) {
            if (MACHINE.contains(opcode.extension()) && !used.contains(opcode)) {
                missing.add(opcode);
            }
        }
        assertThat(missing).as("instructions no test of the suite contains").isEmpty();
    }
}
