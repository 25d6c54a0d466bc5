package strata.assembler.disasm;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.testkit.Binutils.Tool.AS;
import static strata.testkit.Binutils.Tool.OBJDUMP;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.assembler.isa.Opcode;
import strata.testkit.Binutils;

/**
 * Random canonical words of every row, disassembled by Strata, with and without aliases, and
 * assembled again, by the reference assembler and by Strata's: the words must come back. The
 * same words disassembled by objdump must read as Strata printed them, up to
 * {@link GnuDifferences}. All words go through one run of each tool.
 */
class RoundTripTest {
    private static final int WORDS_PER_ROW = 24;
    /**
     * Where the words are disassembled: far enough from 0 that the longest backward jump still
     * has a positive target. In the source, that address is {@code here}.
     */
    private static final int BASE = 0x100000;

    /** The words, and a source with Strata's text of each after the label {@code here}. */
    private record Sample(List<Integer> words, List<String> source) {

        static Sample of(Disassembler disassembler) {
            RandomWords random = new RandomWords(20240601);
            List<Integer> words = new ArrayList<>();
            List<String> source = new ArrayList<>(List.of("here:"));
            for (Opcode op : Opcode.values()) {
                for (int i = 0; i < WORDS_PER_ROW; i++) {
                    int word = random.canonical(op);
                    Instruction instruction = disassembler.disassemble(word, BASE + 4 * words.size());
                    assertThat(instruction.opcode()).as("%08x", word).isEqualTo(op);
                    words.add(word);
                    source.add("    " + assemblable(instruction));
                }
            }
            return new Sample(words, source);
        }

        String line(int word) {
            return source.get(word + 1);
        }
    }

    @Test
    void strataTextAssemblesBackToTheSameWordWithBinutils(@TempDir Path temp) {
        Binutils.require(AS, OBJDUMP);
        for (Disassembler disassembler : List.of(new Disassembler(), new Disassembler().withoutAliases())) {
            Sample sample = Sample.of(disassembler);
            GnuListing listing = GnuListing.ofAssembled(temp, sample.source());
            assertThat(listing.lines()).hasSameSizeAs(sample.words());
            Disassembler named = new Disassembler().withSymbols(listing.symbols());
            for (int i = 0; i < sample.words().size(); i++) {
                GnuListing.Line line = listing.lines().get(i);
                assertThat(line.word()).as("reassembled '%s'", sample.line(i)).isEqualTo(sample.words().get(i));
                assertThat(named.disassemble(line.word(), line.address()).text()).as("%08x", line.word())
                        .isEqualTo(GnuListing.withoutComment(GnuDifferences.toStrata(line.text(), line.word(), true)));
            }
        }
    }

    @Test
    void strataTextAssemblesBackToTheSameWordWithStrata() {
        for (Disassembler disassembler : List.of(new Disassembler(), new Disassembler().withoutAliases())) {
            Sample sample = Sample.of(disassembler);
            AssemblyResult result = Assembler.assemble("words.S", String.join("\n", sample.source()) + "\n",
                    AssemblerOptions.defaults());
            assertThat(result.hasErrors()).as(result.report()).isFalse();
            ByteBuffer text = ByteBuffer.wrap(result.object().section(".text").data()).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(text.remaining()).isEqualTo(4 * sample.words().size());
            for (int i = 0; i < sample.words().size(); i++) {
                assertThat(text.getInt()).as("reassembled '%s'", sample.line(i)).isEqualTo(sample.words().get(i));
            }
        }
    }

    /** The instruction's text with its target, if any, written relative to {@code here}. */
    private static String assemblable(Instruction instruction) {
        if (instruction.target().isEmpty()) {
            return instruction.text();
        }
        String target = "0x" + Integer.toHexString(instruction.target().getAsInt());
        return instruction.text().replace(target, "here-" + BASE + "+" + target);
    }
}
