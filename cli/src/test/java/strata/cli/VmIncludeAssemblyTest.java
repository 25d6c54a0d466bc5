package strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.compiler.bytecode.Opcode;
import strata.compiler.pyc.CodeField;
import strata.compiler.pyc.VmInclude;

/**
 * The include that vm-firmware/ assembles against is valid GNU syntax: Strata's assembler (held to
 * GNU as by its own tests) takes it, and code that uses its names gets the Java tables' numbers.
 */
class VmIncludeAssemblyTest {
    private static final String USER = """
            .text
                li t0, OP_LOAD_CONST
                lw t1, CODE_NCODE(a0)
                li t2, PYC_MAGIC
            """;

    @Test
    void strataAssemblesTheIncludeAndCodeUsingIt() {
        AssemblyResult result = Assembler.assemble("vm.S", VmInclude.text() + USER, AssemblerOptions.defaults());
        assertThat(result.report()).isEmpty();
        assertThat(result.hasErrors()).isFalse();
        byte[] text = result.object().section(".text").data();
        assertThat(word(text, 0) >>> 20).as("li t0, OP_LOAD_CONST is addi t0, zero, 17")
                .isEqualTo(Opcode.LOAD_CONST.number());
        assertThat(word(text, 4) >>> 20).as("lw offset").isEqualTo(CodeField.NCODE.offset());
    }

    private static int word(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16 | bytes[at + 3] << 24;
    }
}
