package strata.os.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.os.abi.AbiIncludes;
import strata.os.abi.KernelLayout;
import strata.testkit.Binutils;
import strata.testkit.Run;

/**
 * The constants that go with the kernel's structures (process states, the name's length) reach
 * the assembler with the values the Java side reads: GNU as, the reference for the syntax,
 * assembles kernel-layout.inc (which includes strata.inc) and its symbol table must hold
 * {@link KernelLayout#constants()} and {@link KernelLayout#processConstants()}.
 * (AbiIncludesTest does the same for the structure offsets.)
 */
class KernelLayoutConstantsTest {

    @Test
    void gnuAsReadsTheConstantsJavaDefines(@TempDir Path directory) throws IOException {
        Binutils.require(Binutils.Tool.AS, Binutils.Tool.READELF);
        AbiIncludes.write(directory);
        StringBuilder source = new StringBuilder(".include \"" + AbiIncludes.KERNEL_LAYOUT + "\"\n");
        Map<String, Integer> constants = new HashMap<>(KernelLayout.constants());
        constants.putAll(KernelLayout.processConstants());
        constants.keySet().forEach(name -> source.append(".globl ").append(name).append('\n'));
        Path file = directory.resolve("constants.S");
        Files.writeString(file, source);
        Path object = directory.resolve("constants.o");
        Binutils.assemble(file, object, Binutils.asOptions("-I", directory.toString())).assertQuiet();
        Run symbols = Binutils.runOn(Binutils.Tool.READELF, object, List.of("-sW")).assertSuccess();
        for (Map.Entry<String, Integer> constant : constants.entrySet()) {
            assertThat(symbols.stdout()).containsPattern(
                    String.format("%08x\\s+0\\s+NOTYPE\\s+GLOBAL\\s+DEFAULT\\s+ABS\\s+%s\\n", constant.getValue(), constant.getKey()));
        }
        assertThat(KernelLayout.processConstants()).containsEntry("PROC_ZOMBIE", 3).containsEntry("PROC_NAME_LENGTH", 16);
    }
}
