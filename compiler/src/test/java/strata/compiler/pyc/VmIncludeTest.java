package strata.compiler.pyc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import strata.compiler.bytecode.Opcode;

/** The include holds every opcode and layout offset with the Java tables' values, and the build writes it. */
class VmIncludeTest {
    private static final Pattern EQU = Pattern.compile("^\\.equ (\\w+),\\s+(0x[0-9a-f]+|\\d+)", Pattern.MULTILINE);

    static Map<String, Long> definitions(String text) {
        Map<String, Long> values = new HashMap<>();
        Matcher matcher = EQU.matcher(text);
        while (matcher.find()) {
            String value = matcher.group(2);
            long number = value.startsWith("0x") ? Long.parseLong(value.substring(2), 16) : Long.parseLong(value);
            assertThat(values.put(matcher.group(1), number)).as("defined twice: " + matcher.group(1)).isNull();
        }
        return values;
    }

    @Test
    void definesEveryOpcodeAndEveryCodeField() {
        Map<String, Long> values = definitions(VmInclude.text());
        for (Opcode opcode : Opcode.values()) {
            assertThat(values).containsEntry("OP_" + opcode.name(), (long) opcode.number());
        }
        for (CodeField field : CodeField.values()) {
            assertThat(values).containsEntry("CODE_" + field.name(), (long) field.offset());
        }
        assertThat(values).containsEntry("PYC_MAGIC", 0x0a0d5453L).containsEntry("PYC_TAG_CODE", 11L)
                .containsEntry("CODE_ARGCOUNT", 4L).containsEntry("CODE_FIXED_SIZE", 44L)
                .containsEntry("NB_INPLACE", 13L).containsEntry("CO_GENERATOR", 0x20L);
    }

    @Test
    void theBuildWroteTheIncludeAsGenerated() throws Exception {
        Path built = Path.of(VmInclude.BUILD_PATH);
        if (Files.exists(built)) {
            assertThat(Files.readString(built)).isEqualTo(VmInclude.text());
        }
    }
}
