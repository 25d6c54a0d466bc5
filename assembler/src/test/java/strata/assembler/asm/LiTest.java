package strata.assembler.asm;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.testkit.Binutils.Tool.AS;
import static strata.testkit.Binutils.Tool.READELF;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import strata.assembler.isa.Encoding;
import strata.assembler.isa.Opcode;
import strata.assembler.object.Section;
import strata.testkit.Binutils;

/**
 * {@code li}: whatever the value, the expansion computes it, in at most two instructions, one
 * when it can; and for hundreds of values, edges and random ones, the bytes are GNU's.
 */
class LiTest {

    @Property
    void theExpansionLoadsTheValue(@ForAll int value) {
        byte[] code = text(Assembler.assemble("li.S", "li a0, " + value, AssemblerOptions.defaults()));
        long register = 0;
        for (int at = 0; at < code.length; at += 4) {
            int word = (code[at] & 0xff) | (code[at + 1] & 0xff) << 8 | (code[at + 2] & 0xff) << 16 | code[at + 3] << 24;
            Opcode opcode = Opcode.decode(word);
            assertThat(Encoding.rd(word)).isEqualTo(10);
            if (opcode == Opcode.LUI) {
                register = Encoding.immU(word);
            } else {
                assertThat(opcode).isEqualTo(Opcode.ADDI);
                long base = Encoding.rs1(word) == 0 ? 0 : register;
                register = (int) (base + Encoding.immI(word));
            }
        }
        assertThat((int) register).isEqualTo(value);
        boolean oneInstruction = (value >= -2048 && value < 2048) || (value & 0xfff) == 0;
        assertThat(code.length).isEqualTo(oneInstruction ? 4 : 8);
    }

    @Test
    void hundredsOfValuesAssembleAsGnuAssemblesThem() throws IOException {
        Binutils.require(AS, READELF);
        StringBuilder source = new StringBuilder(".text\n");
        for (long value : values()) {
            source.append("    li a0, ").append(value).append('\n');
        }
        Path file = Files.createTempFile("strata-li", ".S");
        Path object = Files.createTempFile("strata-li", ".o");
        try {
            Files.writeString(file, source);
            Binutils.assemble(file, object, Binutils.AS_OPTIONS).assertSuccess();
            byte[] gnu = ReadelfDump.of(object).sections().stream().filter(s -> s.name().equals(".text"))
                    .findFirst().orElseThrow().bytes();
            assertThat(text(Assembler.assemble(file, AssemblerOptions.defaults()))).isEqualTo(gnu);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(object);
        }
    }

    /** Every power of two and its neighbours, the 12- and 20-bit edges, 64-bit patterns, and random values. */
    private static List<Long> values() {
        List<Long> values = new ArrayList<>();
        for (int bit = 0; bit < 64; bit++) {
            long power = 1L << bit;
            for (long value : new long[] {power, power - 1, power + 1, -power, -power - 1, -power + 1}) {
                values.add(value);
            }
        }
        for (long edge : new long[] {0x7ff, 0x800, 0xfff, 0x1000, 0x7ffff800L, 0x7fffffffL, 0xfffff800L, 0xfffff7ffL,
                                     0x80000000L, 0x80000800L, 0xffffffffL, 0x100000000L, 0x1000007ffL}) {
            values.add(edge);
            values.add(-edge);
        }
        Random random = new Random(20240601);
        for (int i = 0; i < 300; i++) {
            values.add((long) random.nextInt());
        }
        return values;
    }

    private static byte[] text(AssemblyResult result) {
        assertThat(result.report()).isEmpty();
        for (Section section : result.object().sections()) {
            if (section.name().equals(".text")) {
                return section.data();
            }
        }
        throw new AssertionError("no .text");
    }
}
