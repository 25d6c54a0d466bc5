package strata.assembler.asm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import strata.assembler.asm.directive.Directives;
import strata.assembler.asm.insn.InstructionAssembler;
import strata.assembler.isa.Alias;
import strata.assembler.isa.Csr;
import strata.assembler.isa.MajorOpcode;
import strata.assembler.isa.Opcode;
import strata.assembler.isa.RoundingMode;

/**
 * The corpora exercise everything the assembler knows: every instruction of the table (and
 * every ordering suffix of the atomics), every alias, every pseudo-instruction, every directive,
 * every named CSR and every rounding mode, every .insn format and opcode name. Adding a row or a
 * directive without a case fails here.
 */
class CorpusCoverageTest {
    private static final Set<String> WORDS = new HashSet<>();
    private static final Set<String> STATEMENTS = new HashSet<>();
    /** The formats .insn statements name ({@code r} in {@code .insn r OP, ...}). */
    private static final Set<String> INSN_FORMATS = new HashSet<>();

    @BeforeAll
    static void readCorpus() {
        for (Path source : sources()) {
            for (String line : Corpus.read(source).split("\n")) {
                String code = line.replaceAll("#.*", "");
                for (String statement : code.split(";")) {
                    String rest = statement.strip().replaceFirst("^([\\w.$]+:\\s*)+", "");
                    if (!rest.isEmpty()) {
                        String[] parts = rest.split("\\s+");
                        STATEMENTS.add(parts[0].toLowerCase(Locale.ROOT));
                        if (parts[0].equalsIgnoreCase(".insn") && parts.length > 1) {
                            INSN_FORMATS.add(parts[1]);
                        }
                    }
                    for (String word : rest.split("[\\s,()%]+")) {
                        WORDS.add(word);
                    }
                }
            }
        }
    }

    /** The sources of both corpora: the object corpus and the diagnostics corpus. */
    private static Iterable<Path> sources() {
        List<Path> sources = new ArrayList<>();
        for (String folder : new String[] {"corpus", "errors"}) {
            try (Stream<Path> files = Files.walk(Corpus.folder(folder))) {
                files.filter(p -> p.toString().endsWith(".S") || p.toString().endsWith(".inc")).forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    @Test
    void everyInstructionOfTheTable() {
        Set<String> expected = new TreeSet<>();
        for (Opcode opcode : Opcode.values()) {
            expected.add(opcode.mnemonic());
            if (opcode.format().takesOrdering()) {
                for (String suffix : new String[] {".aq", ".rl", ".aqrl"}) {
                    expected.add(opcode.mnemonic() + suffix);
                }
            }
        }
        assertThat(STATEMENTS).containsAll(expected);
    }

    @Test
    void everyAliasAndPseudoInstruction() {
        Set<String> expected = new TreeSet<>(InstructionAssembler.pseudoMnemonics());
        for (Alias alias : Alias.all()) {
            if (alias.assembles()) {
                expected.add(alias.mnemonic());
            }
        }
        assertThat(STATEMENTS).containsAll(expected);
    }

    @Test
    void everyDirective() {
        assertThat(STATEMENTS).containsAll(Directives.names());
    }

    @Test
    void everyInsnFormatAndOpcodeName() {
        assertThat(INSN_FORMATS).containsAll(InstructionAssembler.insnFormats());
        Set<String> names = new TreeSet<>();
        for (MajorOpcode opcode : MajorOpcode.values()) {
            names.add(opcode.name());
        }
        assertThat(WORDS).containsAll(names);
    }

    @Test
    void everyNamedCsrAndRoundingMode() {
        Set<String> expected = new TreeSet<>();
        for (Csr csr : Csr.values()) {
            expected.add(csr.assemblyName());
        }
        for (RoundingMode mode : RoundingMode.values()) {
            expected.add(mode.assemblyName());
        }
        assertThat(WORDS).containsAll(expected);
    }
}
