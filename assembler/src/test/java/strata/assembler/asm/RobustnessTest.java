package strata.assembler.asm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import strata.assembler.diag.Diagnostic;

/**
 * Whatever the input, the assembler answers with an object or with diagnostics, never an
 * exception: arbitrary text, lines put together from pieces of real assembly (mnemonics,
 * registers, directives, punctuation, numbers, macro syntax), and corpus files with lines
 * dropped, repeated, swapped or changed, which reach much further in.
 */
class RobustnessTest {
    private static final List<String> PIECES = List.of(
            "addi", "lw", "sw", "beq", "j", "jal", "jalr", "la", "li", "call", "tail", "lui", "auipc", "csrr",
            "amoadd.w.aq", "fadd.d", "fence", "ret", "nop", "sext.b",
            "a0", "t1", "x31", "fa0", "zero", "mstatus", "rne", "iorw",
            ".word", ".byte", ".align", ".balign", ".section", ".text", ".data", ".bss", ".set", ".equ",
            ".globl", ".type", ".size", ".macro", ".endm", ".rept", ".irp", ".endr", ".if", ".else", ".endif",
            ".ascii", ".fill", ".space", ".option", ".include", ".float", ".comm", ".lcomm", ".pushsection",
            ".popsection", ".exitm", ".end", ".reloc", ".org", ".incbin", ".insn", "R_RISCV_32", "OP", "r", "i", "b",
            "%hi(", "%lo(", "%pcrel_hi(", "%pcrel_lo(", "(", ")", ",", ":", "=", "+", "-", "*", "/", "<<", "!",
            "1:", "1b", "1f", "label", "label:", ".", "0", "1", "-1", "4096", "0x7ff", "'a", "\"s\"", "\\x", "\\@",
            "@function", "\"ax\"", "@nobits", ";", "#", "/*", "*/", "\"");

    @Property(tries = 300)
    void arbitraryTextGivesDiagnostics(@ForAll String text) {
        assertNoException(text);
    }

    @Property(tries = 1000)
    void piecesOfAssemblyGiveDiagnostics(@ForAll("programs") String text) {
        assertNoException(text);
    }

    @Property(tries = 600)
    void mutatedCorpusFilesGiveDiagnostics(@ForAll long seed) {
        Random random = new Random(seed);
        List<Path> sources = Corpus.sources("corpus");
        List<String> lines = new ArrayList<>(List.of(Corpus.read(sources.get(random.nextInt(sources.size()))).split("\n")));
        for (int i = random.nextInt(6) + 1; i > 0 && !lines.isEmpty(); i--) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> Collections.swap(lines, at, random.nextInt(lines.size()));
                case 3 -> lines.set(at, replaceWord(lines.get(at), random));
                default -> lines.add(at, PIECES.get(random.nextInt(PIECES.size())));
            }
        }
        assertNoException(String.join("\n", lines));
    }

    /** The line with one of its words replaced by a piece of assembly. */
    private static String replaceWord(String line, Random random) {
        String[] words = line.split(" ", -1);
        words[random.nextInt(words.length)] = PIECES.get(random.nextInt(PIECES.size()));
        return String.join(" ", words);
    }

    private static void assertNoException(String text) {
        AssemblyResult result = Assembler.assemble("fuzz.S", text, AssemblerOptions.defaults());
        assertThat(result.object() == null).isEqualTo(result.hasErrors());
        for (Diagnostic diagnostic : result.diagnostics()) {
            assertThat(diagnostic.format()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<String> programs() {
        Arbitrary<String> line = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(8)
                .map(pieces -> String.join(" ", pieces));
        return line.list().ofMinSize(1).ofMaxSize(30).map(lines -> String.join("\n", lines));
    }
}
