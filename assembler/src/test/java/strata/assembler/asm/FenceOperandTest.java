package strata.assembler.asm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import strata.assembler.disasm.Disassembler;
import strata.assembler.object.Section;

/**
 * Fence sets, including the empty set {@code 0}: GNU as 2.40 refuses it, but it is what the
 * disassembler prints for a fence with an empty pred or succ, so Strata assembles it back.
 */
class FenceOperandTest {

    @Test
    void emptySetsAssembleToZeroFields() {
        assertThat(word("fence 0, rw")).isEqualTo(0x0030000f);
        assertThat(word("fence rw, 0")).isEqualTo(0x0300000f);
        assertThat(word("fence iorw, iorw")).isEqualTo(0x0ff0000f);
    }

    @Test
    void everyFenceTheDisassemblerPrintsAssemblesBack() {
        Disassembler disassembler = new Disassembler();
        for (int pred = 0; pred < 16; pred++) {
            for (int succ = 0; succ < 16; succ++) {
                int fence = 0x0000000f | pred << 24 | succ << 20;
                String text = disassembler.disassemble(fence, 0).text();
                assertThat(word(text)).as(text).isEqualTo(fence);
            }
        }
    }

    @Test
    void otherNumbersAreNotFenceSets() {
        AssemblyResult result = Assembler.assemble("f.S", "fence 1, rw", AssemblerOptions.defaults());
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.report()).contains("expected a fence set of i, o, r, w");
    }

    private static int word(String line) {
        AssemblyResult result = Assembler.assemble("f.S", line, AssemblerOptions.defaults());
        assertThat(result.hasErrors()).as(result.report()).isFalse();
        Section text = result.object().section(".text");
        byte[] bytes = text.data();
        return (bytes[0] & 0xff) | (bytes[1] & 0xff) << 8 | (bytes[2] & 0xff) << 16 | bytes[3] << 24;
    }
}
