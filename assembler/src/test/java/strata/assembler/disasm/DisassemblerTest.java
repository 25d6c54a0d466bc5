package strata.assembler.disasm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import strata.assembler.isa.Alias;
import strata.assembler.isa.Opcode;

/** The disassembler's API on hand-encoded words; the corpus tests cover the instruction set. */
class DisassemblerTest {
    private final Disassembler disassembler = new Disassembler();

    @Test
    void anInstructionCarriesItsRowMnemonicAndOperands() {
        Instruction addi = disassembler.disassemble(0x00558513, 0x100);
        assertThat(addi.isValid()).isTrue();
        assertThat(addi.opcode()).isEqualTo(Opcode.ADDI);
        assertThat(addi.alias()).isNull();
        assertThat(addi.mnemonic()).isEqualTo("addi");
        assertThat(addi.operands()).isEqualTo("a0,a1,5");
        assertThat(addi.text()).isEqualTo("addi\ta0,a1,5").isEqualTo(addi.toString());
        assertThat(addi.target()).isEmpty();
        assertThat(addi.address()).isEqualTo(0x100);
        assertThat(addi.word()).isEqualTo(0x00558513);
    }

    @Test
    void anAliasKeepsTheRowItStandsFor() {
        Instruction mv = disassembler.disassemble(0x00058513, 0);
        assertThat(mv.text()).isEqualTo("mv\ta0,a1");
        assertThat(mv.opcode()).isEqualTo(Opcode.ADDI);
        assertThat(mv.alias()).isSameAs(Alias.all().stream().filter(a -> a.mnemonic().equals("mv")).findFirst().get());
    }

    @Test
    void withoutAliasesEveryWordPrintsAsItsRow() {
        Disassembler plain = disassembler.withoutAliases();
        assertThat(plain.disassemble(0x00000013, 0).text()).isEqualTo("addi\tzero,zero,0");
        assertThat(plain.disassemble(0x00008067, 0).text()).isEqualTo("jalr\tzero,0(ra)");
        assertThat(plain.disassemble(0x00000013, 0).alias()).isNull();
    }

    @Test
    void aWordThatIsNoInstructionIsShownAsObjdumpShowsIt() {
        Instruction zero = disassembler.disassemble(0, 0x40);
        assertThat(zero.isValid()).isFalse();
        assertThat(zero.opcode()).isNull();
        assertThat(zero.text()).isEqualTo(".4byte\t0x0");
        assertThat(disassembler.disassemble(0xffffffff, 0).text()).isEqualTo(".4byte\t0xffffffff");
    }

    @Test
    void branchTargetsAreAbsoluteAndNamedWhenALookupIsGiven() {
        Instruction beq = disassembler.disassemble(0xfeb50ce3, 0x1000);
        assertThat(beq.target()).isEqualTo(OptionalInt.of(0xff8));
        assertThat(beq.text()).isEqualTo("beq\ta0,a1,0xff8");
        SymbolLookup loop = address -> address == 0xff8 ? "loop+0x8" : null;
        assertThat(disassembler.withSymbols(loop).disassemble(0xfeb50ce3, 0x1000).text())
                .isEqualTo("beq\ta0,a1,ff8 <loop+0x8>");
    }

    @Test
    void aJumpBeforeAddressZeroWrapsAround() {
        Instruction jal = disassembler.disassemble(0xffdff06f, 0);
        assertThat(jal.text()).isEqualTo("j\t0xfffffffc");
        assertThat(jal.target()).isEqualTo(OptionalInt.of(0xfffffffc));
    }

    @Test
    void theRoundingModeIsPrintedUnlessDynamicAndReservedModesAreNoInstruction() {
        assertThat(disassembler.disassemble(0x00c5f553, 0).text()).isEqualTo("fadd.s\tfa0,fa1,fa2");
        assertThat(disassembler.disassemble(0x00c59553, 0).text()).isEqualTo("fadd.s\tfa0,fa1,fa2,rtz");
        assertThat(disassembler.disassemble(0x00c5d553, 0).isValid()).isFalse();
        assertThat(disassembler.disassemble(0x00c5e553, 0).isValid()).isFalse();
    }

    @Test
    void orderingBitsBecomeMnemonicSuffixes() {
        assertThat(disassembler.disassemble(0x1005a52f, 0).mnemonic()).isEqualTo("lr.w");
        assertThat(disassembler.disassemble(0x0ac5a52f, 0).mnemonic()).isEqualTo("amoswap.w.rl");
        assertThat(disassembler.disassemble(0x1cc5a52f, 0).mnemonic()).isEqualTo("sc.w.aq");
        assertThat(disassembler.disassemble(0x06c5a52f, 0).mnemonic()).isEqualTo("amoadd.w.aqrl");
    }

    @Test
    void csrsArePrintedByNameOrNumber() {
        assertThat(disassembler.disassemble(0x30059573, 0).text()).isEqualTo("csrrw\ta0,mstatus,a1");
        assertThat(disassembler.disassemble(0x7c059573, 0).text()).isEqualTo("csrrw\ta0,0x7c0,a1");
    }

    @Test
    void fenceSetsArePrintedAsLetters() {
        assertThat(disassembler.disassemble(0x0310000f, 0).text()).isEqualTo("fence\trw,w");
        assertThat(disassembler.disassemble(0x0100000f, 0).text()).isEqualTo("fence\tw,0");
        assertThat(disassembler.disassemble(0x0ff0000f, 0).text()).isEqualTo("fence");
    }

    @Test
    void bitsNoOperandUsesMustBeZero() {
        assertThat(disassembler.disassemble(0x0ff0050f, 0).isValid()).as("fence with rd").isFalse();
        assertThat(disassembler.disassemble(0x0000150f, 0).isValid()).as("fence.i with rd").isFalse();
        assertThat(disassembler.disassemble(0x8330000f, 0).text()).isEqualTo("fence.tso");
    }

    /** Every value of the fixed fields, with the register fields (bits 24:15 and 11:7) in four patterns. */
    @Test
    void everyCombinationOfOpcodeFunct3AndFunct7DecodesOrIsNoInstruction() {
        for (int fixed = 0; fixed < 1 << 17; fixed++) {
            int opcode = fixed & 0x7f;
            int funct3 = (fixed >>> 7) & 0x7;
            int funct7 = fixed >>> 10;
            int skeleton = funct7 << 25 | funct3 << 12 | opcode;
            for (int fill : new int[] {0, 0x01ff8f80, 0x01550500, 0x00aa8a80}) {
                Instruction instruction = disassembler.disassemble(skeleton | fill, fill);
                assertThat(instruction.isValid() || instruction.mnemonic().equals(".4byte")).isTrue();
            }
        }
    }
}
