package strata.cpu.isatest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import strata.cpu.board.Machine;
import strata.cpu.board.Program;
import strata.cpu.board.ProgramException;
import strata.cpu.board.Stop;
import strata.cpu.board.StreamInput;

/**
 * The assembly ISA and device suite ({@code src/test/asm}, see docs/isa-tests.md): every test
 * is built by Strata's toolchain and must pass on QEMU, the referee, except for the one case
 * {@link QemuDeviations} lists for it, which QEMU must fail, and must pass on Strata's machine
 * entirely; a virt test must also print exactly its {@code .out} file on both. With
 * {@code -Dstrata.regenerate=true} the {@code .out} files are written from what QEMU prints.
 */
class IsaSuiteTest {
    private static final Map<String, String> DEVIATIONS = QemuDeviations.load();
    /** Far more than any test runs; a test that never ends fails at it instead of hanging. */
    private static final long STRATA_LIMIT = 200_000_000;

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

    @TestFactory
    Stream<DynamicTest> passesOnStrata() {
        return SuiteFile.all().stream().map(file -> DynamicTest.dynamicTest(file.name(), () -> onStrata(file)));
    }

    private static void onStrata(SuiteFile file) throws ProgramException {
        SuiteProgram program = SuiteProgram.build(file.source());
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Machine.Config config = Machine.Config.of(output)
                .withInput(new StreamInput(new ByteArrayInputStream(file.input())));
        Machine machine = new Machine(Program.read(program.elf()), config);
        Stop stop = machine.run(STRATA_LIMIT);
        assertThat(machine.finishConsole()).isNull();
        String console = output.toString(StandardCharsets.UTF_8);
        assertThat(stop).as("%s on Strata: %s; console:%n%s", file.name(), stop.describe(), console)
                .isInstanceOf(Stop.PowerOff.class);
        assertThat(program.verdict(stop.status())).as("%s on Strata; console:%n%s", file.name(), console)
                .isEqualTo("passed");
        if (file.board() == Board.VIRT) {
            assertThat(console).as("%s: UART output on Strata", file.name())
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
