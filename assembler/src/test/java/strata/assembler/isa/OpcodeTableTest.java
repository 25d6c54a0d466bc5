package strata.assembler.isa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Consistency of the instruction table itself; encodings are checked against GNU as elsewhere. */
class OpcodeTableTest {

    @Test
    void matchBitsLieInsideTheMask() {
        for (Opcode op : Opcode.values()) {
            assertThat(op.match() & ~op.mask()).as(op.mnemonic()).isZero();
            assertThat(op.mask() & 0x7f).as(op.mnemonic() + " fixes the major opcode").isEqualTo(0x7f);
        }
    }

    @Test
    void operandFieldsLieOutsideTheMask() {
        for (Opcode op : Opcode.values()) {
            for (Operand operand : op.format().operands()) {
                int field = operand.insert(0, -1);
                if (operand == Operand.RM && (op.mask() & 0x7000) != 0) {
                    continue;
                }
                assertThat(field & op.mask()).as(op.mnemonic() + " " + operand).isZero();
            }
        }
    }

    @Test
    void everyRowDecodesToItself() {
        for (Opcode op : Opcode.values()) {
            assertThat(Opcode.decode(op.match())).isEqualTo(op);
        }
    }

    @Test
    void rowsOverlapOnlyWhenOneRefinesTheOther() {
        List<String> overlaps = new ArrayList<>();
        Opcode[] ops = Opcode.values();
        for (int i = 0; i < ops.length; i++) {
            for (int j = i + 1; j < ops.length; j++) {
                Opcode a = ops[i];
                Opcode b = ops[j];
                boolean overlap = ((a.match() ^ b.match()) & a.mask() & b.mask()) == 0;
                if (overlap) {
                    overlaps.add(a.mnemonic() + "/" + b.mnemonic());
                    boolean refines = (a.mask() & b.mask()) == a.mask() || (a.mask() & b.mask()) == b.mask();
                    assertThat(refines).as(a + " and " + b).isTrue();
                }
            }
        }
        assertThat(overlaps).containsExactly("fence.tso/fence");
    }

    @Test
    void mnemonicsComeFromTheConstantNames() {
        assertThat(Opcode.FCVT_D_WU.mnemonic()).isEqualTo("fcvt.d.wu");
        assertThat(Opcode.byMnemonic("sfence.vma")).isEqualTo(Opcode.SFENCE_VMA);
        assertThat(Opcode.byMnemonic("amoadd.w")).isEqualTo(Opcode.AMOADD_W);
        assertThat(Opcode.byMnemonic("li")).isNull();
    }

    @Test
    void decodeRefusesWhatIsNotInTheTable() {
        assertThat(Opcode.decode(0x00000000)).isNull();
        assertThat(Opcode.decode(0xffffffff)).isNull();
        assertThat(Opcode.decode(0x80000033)).isNull(); // OP with funct7 0x40: no such instruction
        assertThat(Opcode.decode(0x0000007b)).isNull(); // custom-3 major opcode
    }
}
