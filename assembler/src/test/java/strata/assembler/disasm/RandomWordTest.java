package strata.assembler.disasm;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.testkit.Binutils.Tool.AS;
import static strata.testkit.Binutils.Tool.OBJDUMP;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.isa.Opcode;
import strata.testkit.Binutils;

/**
 * Any 32-bit word: the disassembler decodes it or says it cannot, and never throws; and on a
 * sample of random words (half of them instances of random rows), it says what objdump says,
 * up to {@link GnuDifferences}.
 */
class RandomWordTest {
    private static final int SAMPLE = 3000;

    @Property(tries = 20000)
    void anyWordDecodesOrIsReportedAsNoInstruction(@ForAll int word, @ForAll int address) {
        for (Disassembler disassembler : List.of(new Disassembler(), new Disassembler().withoutAliases())) {
            Instruction instruction = disassembler.disassemble(word, address);
            if (instruction.isValid()) {
                assertThat(instruction.opcode().matches(word)).isTrue();
                assertThat(instruction.mnemonic()).isNotEmpty();
            } else {
                assertThat(instruction.text()).isEqualTo(".4byte\t0x" + Integer.toHexString(word));
                assertThat(instruction.alias()).isNull();
            }
        }
    }

    @Property(tries = 20000)
    void anyInstanceOfARowDecodesOrIsReportedAsNoInstruction(@ForAll int seed) {
        RandomWords random = new RandomWords(seed);
        Opcode op = random.anyRow();
        Instruction instruction = new Disassembler().disassemble(random.instance(op), random.any());
        assertThat(instruction.opcode()).isIn(op, null);
    }

    @Test
    void objdumpAgreesWithWhatStrataSaysOfRandomWords(@TempDir Path temp) {
        Binutils.require(AS, OBJDUMP);
        RandomWords random = new RandomWords(42);
        List<String> source = new ArrayList<>();
        while (source.size() < SAMPLE) {
            int word = source.size() % 2 == 0 ? random.any() : random.instance(random.anyRow());
            if (isFourBytesLong(word)) {
                source.add(String.format("    .insn 0x%08x", word));
            }
        }
        for (boolean aliases : List.of(true, false)) {
            GnuListing listing = aliases ? GnuListing.ofAssembled(temp, source)
                    : GnuListing.ofAssembled(temp, source, "-M", "no-aliases");
            Disassembler disassembler = aliases ? new Disassembler() : new Disassembler().withoutAliases();
            Disassembler named = disassembler.withSymbols(listing.symbols());
            List<String> mismatches = new ArrayList<>();
            for (GnuListing.Line line : listing.lines()) {
                String expected = GnuListing.withoutComment(GnuDifferences.toStrata(line.text(), line.word(), aliases));
                String actual = named.disassemble(line.word(), line.address()).text();
                if (!actual.equals(expected)) {
                    mismatches.add(String.format("%08x binutils '%s', Strata '%s'", line.word(), line.text(), actual));
                }
            }
            assertThat(listing.lines()).hasSize(SAMPLE);
            assertThat(mismatches).as("aliases: %s", aliases).isEmpty();
        }
    }

    /** True if objdump reads {@code word} as one 32-bit instruction (its low bits say so). */
    private static boolean isFourBytesLong(int word) {
        return (word & 0b11) == 0b11 && (word & 0b11100) != 0b11100;
    }
}
