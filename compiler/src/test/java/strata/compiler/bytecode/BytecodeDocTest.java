package strata.compiler.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/bytecode.md's opcode table is the Java table, row for row: number, name, argument, stack
 * effect and meaning. {@code -Dstrata.regenerate=true} rewrites that section of the document.
 */
class BytecodeDocTest {
    private static final String START = "<!-- opcode table: generated from strata.compiler.bytecode.Opcode;"
            + " BytecodeDocTest checks it -->\n";
    private static final String END = "<!-- end of opcode table -->";

    static String table() {
        StringBuilder out = new StringBuilder("| # | opcode | argument | stack | meaning |\n|---|---|---|---|---|\n");
        for (Opcode opcode : Opcode.values()) {
            out.append("| ").append(opcode.number()).append(" | `").append(opcode.name()).append("` | ")
                    .append(opcode.argKind() == ArgKind.NONE ? "" : opcode.argKind().name().toLowerCase())
                    .append(" | `").append(opcode.effect().notation()).append("` | ")
                    .append(opcode.meaning().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    @Test
    void theDocumentHoldsTheOpcodeTable() throws Exception {
        Path doc = Path.of(System.getProperty("strata.root", ".."), "docs", "bytecode.md");
        String text = Files.readString(doc);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("the opcode table's start marker").isNotNegative();
        assertThat(end).as("the opcode table's end marker").isGreaterThan(start);
        String documented = text.substring(start + START.length(), end);
        if (Boolean.getBoolean("strata.regenerate")) {
            Files.writeString(doc, text.substring(0, start + START.length()) + table() + text.substring(end));
            documented = table();
        }
        assertThat(documented).isEqualTo(table());
    }
}
