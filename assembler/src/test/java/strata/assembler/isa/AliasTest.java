package strata.assembler.isa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The alias table read in both directions: what an alias encodes, it recognises again. */
class AliasTest {

    @Test
    void everyAliasMatchesWhatItEncodes() {
        for (Alias alias : Alias.all()) {
            Map<Operand, Integer> values = sampleValues(alias);
            int word = alias.encode(values);
            assertThat(alias.base().matches(word)).as(alias.mnemonic()).isTrue();
            assertThat(alias.match(word)).as(alias.mnemonic() + " " + alias.template()).isEqualTo(values);
        }
    }

    @Test
    void knownExpansions() {
        assertThat(encode("mv", "rd", 10, "rs1", 11)).isEqualTo(0x00058513);   // addi a0,a1,0
        assertThat(encode("not", "rd", 10, "rs1", 11)).isEqualTo(0xfff5c513);  // xori a0,a1,-1
        assertThat(encode("neg", "rd", 10, "rs2", 11)).isEqualTo(0x40b00533);  // sub a0,zero,a1
        assertThat(encode("ret")).isEqualTo(0x00008067);                       // jalr zero,0(ra)
        assertThat(encode("fence")).isEqualTo(0x0ff0000f);                     // fence iorw,iorw
        assertThat(encode("unimp")).isEqualTo(0xc0001073);                     // csrrw zero,cycle,zero
        assertThat(encode("fmv.d", "frd", 10, "frs1", 11)).isEqualTo(0x22b58553);
        assertThat(encode("frcsr", "rd", 10)).isEqualTo(0x00302573);
    }

    @Test
    void swappedBranchesPutTheFirstOperandInRs2() {
        Alias bgt = Alias.assembling("bgt").get(0);
        int word = bgt.encode(Map.of(Operand.RS2, 10, Operand.RS1, 11, Operand.BOFF, 0));
        assertThat(word).isEqualTo(0x00a5c063); // blt a1,a0,.
    }

    @Test
    void fixedFieldsMustMatch() {
        Alias mv = Alias.assembling("mv").get(0);
        assertThat(mv.match(0x00158513)).isNull(); // addi a0,a1,1 is not a move
        Alias fmv = Alias.assembling("fmv.s").get(0);
        assertThat(fmv.match(0x20c58553)).isNull(); // fsgnj.s fa0,fa1,fa2 is not a move
    }

    private static int encode(String mnemonic, Object... fieldsAndValues) {
        Map<Operand, Integer> values = new HashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put(Operand.byTemplateName((String) fieldsAndValues[i]), (Integer) fieldsAndValues[i + 1]);
        }
        return Alias.assembling(mnemonic).get(0).encode(values);
    }

    private static Map<Operand, Integer> sampleValues(Alias alias) {
        Map<Operand, Integer> values = new HashMap<>();
        int next = 5;
        for (Format.Element element : alias.syntax()) {
            if (element instanceof Format.Field field) {
                Operand operand = field.operand();
                int value = switch (operand.kind()) {
                    case X_REGISTER, F_REGISTER -> next++;
                    case CSR -> 0x340;
                    case PC_OFFSET -> 64;
                    case IMMEDIATE -> 3;
                    case ROUNDING_MODE -> 1;
                    case FENCE_SET -> 3;
                };
                values.put(operand, value);
            }
        }
        return values;
    }
}
