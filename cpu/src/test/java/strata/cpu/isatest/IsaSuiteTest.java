package strata.cpu.isatest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The assembly ISA and device suite ({@code src/test/asm}, see docs/isa-tests.md): every test
 * is built by Strata's toolchain and must pass on QEMU, the referee, except for the one case
 * {@link QemuDeviations} lists for it, which QEMU must fail; a virt test must also print exactly
 * its {@code .out} file. With {@code -Dstrata.regenerate=true} the {@code .out} files are written
 * from what QEMU prints.
 */
class IsaSuiteTest {
    private static final Map<String, String> DEVIATIONS = QemuDeviations.load();

    @TestFactory
    Stream<DynamicTest> passesOnQemu() {
        return SuiteFile.all().stream().map(file -> DynamicTest.dynamicTest(file.name(), () -> onQemu(file)));
    }

    private static void onQemu(SuiteFile file) throws IOException {
        SuiteProgram program = SuiteProgram.build(file.source());
        Outcome outcome = Qemu.run(program, file.board(), file.input());
        String console = new String(outcome.console(), StandardCharsets.UTF_8);
        String deviation = DEVIATIONS.get(file.name());
        String expected = deviation == null ? "passed"
                : program.verdict(program.caseNames().indexOf(deviation) + 1);
        String listed = deviation == null ? "" : " (its last case is listed in qemu-deviations)";
        assertThat(program.verdict(outcome.status())).as("%s on QEMU%s; console:%n%s", file.name(), listed, console)
                .isEqualTo(expected);
        if (file.board() == Board.VIRT) {
            if (Boolean.getBoolean("strata.regenerate")) {
                writeExpectedOutput(file, outcome.console());
            }
            assertThat(console).as("%s: UART output on QEMU", file.name())
                    .isEqualTo(new String(file.expectedOutput(), StandardCharsets.UTF_8));
        }
    }

    private static void writeExpectedOutput(SuiteFile file, byte[] console) throws IOException {
        if (console.length == 0) {
            Files.deleteIfExists(file.expectedOutputFile());
        } else {
            Files.write(file.expectedOutputFile(), console);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseHasAName() {
        return SuiteFile.all().stream().map(file -> DynamicTest.dynamicTest(file.name(), () -> {
            List<String> names = SuiteProgram.build(file.source()).caseNames();
            assertThat(names).as("%s has cases", file.name()).isNotEmpty();
            assertThat(names).as("%s: case names", file.name()).doesNotContain("").doesNotHaveDuplicates();
        }));
    }

    @TestFactory
    Stream<DynamicTest> qemuDeviationsAreLastCases() {
        return DEVIATIONS.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            List<String> names = SuiteProgram.build(SuiteFile.ROOT.resolve(entry.getKey())).caseNames();
            assertThat(names).as("cases of %s", entry.getKey()).isNotEmpty();
            assertThat(names.get(names.size() - 1)).as("the last case of %s", entry.getKey())
                    .isEqualTo(entry.getValue());
        }));
    }
}
