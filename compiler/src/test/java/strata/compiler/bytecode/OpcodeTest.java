package strata.compiler.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The opcode table is consistent: numbers fit a byte, notations agree with the counts, jumps with the flow. */
class OpcodeTest {

    @Test
    void everyNumberFitsTheOpcodeByteAndNamesOneOpcode() {
        for (Opcode opcode : Opcode.values()) {
            assertThat(opcode.number()).isBetween(0, Instruction.OPCODE_MASK);
            assertThat(Opcode.byNumber(opcode.number())).isSameAs(opcode);
        }
        assertThat(Opcode.byNumber(Opcode.values().length)).isNull();
        assertThat(Opcode.byNumber(-1)).isNull();
    }

    /** Where the notation has no counted group, its words are the values popped and pushed. */
    @ParameterizedTest
    @EnumSource(Opcode.class)
    void aFixedNotationCountsWhatIsPoppedAndPushed(Opcode opcode) {
        String notation = opcode.effect().notation();
        assertThat(notation).startsWith("(").endsWith(")").contains(" -- ");
        if (notation.contains("[") || notation.contains("|") || notation.contains(" if ")) {
            return;
        }
        String[] sides = notation.substring(1, notation.length() - 1).split("--", -1);
        assertThat(words(sides[0])).as("pops of " + opcode).isEqualTo(opcode.effect().pops().applyAsInt(0));
        assertThat(words(sides[1])).as("pushes of " + opcode).isEqualTo(opcode.effect().pushes().applyAsInt(0));
        assertThat(opcode.effect().jumpPushes().applyAsInt(0)).isEqualTo(opcode.effect().pushes().applyAsInt(0));
    }

    private static long words(String side) {
        return Arrays.stream(side.trim().split("\\s+")).filter(word -> !word.isEmpty()).count();
    }

    @ParameterizedTest
    @EnumSource(Opcode.class)
    void anOpcodeJumpsExactlyWhenItsArgumentIsATarget(Opcode opcode) {
        boolean branches = opcode.flow() == Opcode.Flow.BRANCH || opcode.flow() == Opcode.Flow.JUMP;
        assertThat(opcode.jumps()).isEqualTo(branches);
        assertThat(opcode.meaning()).isNotBlank();
    }

    @Test
    void countedEffectsFollowTheirArgument() {
        assertThat(Opcode.BUILD_TUPLE.effect().delta(3, false)).isEqualTo(-2);
        assertThat(Opcode.BUILD_MAP.effect().delta(2, false)).isEqualTo(-3);
        assertThat(Opcode.CALL.effect().delta(2, false)).isEqualTo(-3);
        assertThat(Opcode.CALL_FUNCTION_EX.effect().delta(1, false)).isEqualTo(-3);
        assertThat(Opcode.MAKE_FUNCTION.effect().delta(0x0f, false)).isEqualTo(-4);
        assertThat(Opcode.MAKE_FUNCTION.effect().delta(0x08, false)).isEqualTo(-1);
        assertThat(Opcode.UNPACK_SEQUENCE.effect().delta(3, false)).isEqualTo(2);
        assertThat(Opcode.UNPACK_EX.effect().delta(1 | 2 << 8, false)).isEqualTo(3);
        assertThat(Opcode.FORMAT_VALUE.effect().delta(4 | 2, false)).isEqualTo(-1);
        assertThat(Opcode.COPY.effect().delta(3, false)).isEqualTo(1);
        assertThat(Opcode.FOR_ITER.effect().delta(0, false)).isEqualTo(1);
        assertThat(Opcode.FOR_ITER.effect().delta(0, true)).isEqualTo(-1);
        assertThat(Opcode.SEND.effect().delta(0, true)).isEqualTo(-1);
        assertThat(Opcode.JUMP_IF_TRUE_OR_POP.effect().delta(0, true)).isZero();
        assertThat(Opcode.JUMP_IF_TRUE_OR_POP.effect().delta(0, false)).isEqualTo(-1);
    }

    @Test
    void operatorArgumentsShowAsCPythonsDisShowsThem() {
        assertThat(BinaryOperator.describe(BinaryOperator.ADD.arg(false))).isEqualTo("+");
        assertThat(BinaryOperator.describe(BinaryOperator.ADD.arg(true))).isEqualTo("+=");
        assertThat(BinaryOperator.SUBTRACT.arg(false)).isEqualTo(10);
        assertThat(BinaryOperator.describe(BinaryOperator.XOR.arg(true))).isEqualTo("^=");
        assertThat(BinaryOperator.describe(26)).isEqualTo("?");
        assertThat(CompareOperator.describe(CompareOperator.GE.ordinal())).isEqualTo(">=");
        assertThat(MakeFunctionFlag.describe(0x09)).isEqualTo("defaults, closure");
    }
}
