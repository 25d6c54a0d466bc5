package strata.assembler.asm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import strata.assembler.asm.directive.Directives;
import strata.assembler.asm.insn.InstructionAssembler;
import strata.assembler.isa.Alias;
import strata.assembler.isa.MajorOpcode;

/**
 * docs/assembler.md names every directive, alias and pseudo-instruction the assembler knows, and
 * every .insn format and opcode name.
 */
class DocsTest {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void theManualNamesEverythingTheAssemblerTakes() throws IOException {
        String root = System.getProperty("strata.root", "..");
        String manual = Files.readString(Path.of(root, "docs", "assembler.md"));
        Set<String> named = new TreeSet<>();
        Matcher m = CODE.matcher(manual.replace("```", ""));
        while (m.find()) {
            for (String word : m.group(1).split("[\\s,/\\[\\]]+")) {
                named.add(word);
            }
        }
        Set<String> expected = new TreeSet<>(Directives.names());
        expected.addAll(InstructionAssembler.pseudoMnemonics());
        for (Alias alias : Alias.all()) {
            if (alias.assembles()) {
                expected.add(alias.mnemonic());
            }
        }
        expected.addAll(InstructionAssembler.insnFormats());
        for (MajorOpcode opcode : MajorOpcode.values()) {
            expected.add(opcode.name());
        }
        assertThat(named).containsAll(expected);
    }
}
