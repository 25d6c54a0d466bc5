package strata.compiler.bytecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The instruction word: opcode in bits 0-7, argument in bits 8-31, checked on hand-encoded words. */
class InstructionTest {

    @Test
    void encodesTheOpcodeLowAndTheArgumentHigh() {
        assertThat(new Instruction(Opcode.LOAD_CONST, 5).word())
                .isEqualTo(Opcode.LOAD_CONST.number() | 5 << 8);
        assertThat(new Instruction(Opcode.NOP, 0).word()).isZero();
        assertThat(new Instruction(Opcode.JUMP, Instruction.MAX_ARG).word())
                .isEqualTo(0xffffff00 | Opcode.JUMP.number());
        assertThat(Instruction.decode(0xffffff00 | Opcode.JUMP.number()))
                .isEqualTo(new Instruction(Opcode.JUMP, 0xffffff));
    }

    @Test
    void rejectsWhatAWordCannotHold() {
        assertThatThrownBy(() -> new Instruction(Opcode.JUMP, 1 << 24)).hasMessageContaining("outside");
        assertThatThrownBy(() -> new Instruction(Opcode.LOAD_CONST, -1)).hasMessageContaining("outside");
        assertThatThrownBy(() -> new Instruction(Opcode.POP_TOP, 1)).hasMessageContaining("takes no argument");
        assertThatThrownBy(() -> Instruction.decode(0xff)).hasMessageContaining("unknown opcode 255");
    }

    @Property
    void decodingAnEncodedInstructionGivesItBack(@ForAll("instructions") Instruction instruction) {
        assertThat(Instruction.decode(instruction.word())).isEqualTo(instruction);
    }

    @Provide
    Arbitrary<Instruction> instructions() {
        return Arbitraries.of(Opcode.class).flatMap(opcode -> opcode.argKind() == ArgKind.NONE
                ? Arbitraries.just(new Instruction(opcode, 0))
                : Arbitraries.integers().between(0, Instruction.MAX_ARG).map(arg -> new Instruction(opcode, arg)));
    }
}
