package strata.cpu.isatest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The suite's harness can fail: programs written to fail at a known case end with that case's
 * number on QEMU, on both boards, whichever way they fail (a check, an unexpected trap, a
 * trap that did not come, a wrong cause); a failure outside any case ends with 255.
 */
class HarnessTest {
    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(Board.class)
    void aPassingProgramPasses(Board board) throws IOException {
        assertThat(runOnQemu(board, "CASE \"one\"", "li a0, 1", "CHECK a0, 1")).isEqualTo("passed");
    }

    @ParameterizedTest
    @EnumSource(Board.class)
    void aFailedCheckEndsWithItsCase(Board board) throws IOException {
        assertThat(runOnQemu(board, "CASE \"one\"", "CASE \"two\"", "li a0, 1", "CHECK a0, 2", "CASE \"three\""))
                .isEqualTo("failed at case 2 (two)");
    }

    @ParameterizedTest
    @EnumSource(Board.class)
    void anUnexpectedTrapFailsItsCase(Board board) throws IOException {
        assertThat(runOnQemu(board, "CASE \"one\"", "CASE \"two\"", "CASE \"three\"", "ecall"))
                .isEqualTo("failed at case 3 (three)");
    }

    @ParameterizedTest
    @EnumSource(Board.class)
    void aTrapThatDoesNotComeFailsItsCase(Board board) throws IOException {
        assertThat(runOnQemu(board, "CASE \"one\"", "EXPECT_TRAP CAUSE_MACHINE_ECALL, 0, nop"))
                .isEqualTo("failed at case 1 (one)");
    }

    @ParameterizedTest
    @EnumSource(Board.class)
    void aTrapWithAnotherCauseFailsItsCase(Board board) throws IOException {
        assertThat(runOnQemu(board, "CASE \"one\"", "CASE \"two\"", "EXPECT_TRAP CAUSE_BREAKPOINT, 0, ecall"))
                .isEqualTo("failed at case 2 (two)");
    }

    @ParameterizedTest
    @EnumSource(Board.class)
    void aFailureOutsideAnyCaseEndsWith255(Board board) throws IOException {
        assertThat(runOnQemu(board, "li a0, 1", "CHECK a0, 2", "CASE \"one\"")).isEqualTo("failed at case 255 (outside any case)");
    }

    /** Builds a program of {@code lines} for {@code board}, runs it on QEMU, returns the verdict. */
    private String runOnQemu(Board board, String... lines) throws IOException {
        SuiteProgram program = SuiteProgram.build(write(board, lines));
        return program.verdict(Qemu.run(program, board, new byte[0]).status());
    }

    private Path write(Board board, String... lines) throws IOException {
        StringBuilder text = new StringBuilder(".include \"" + board.directory() + ".inc\"\n");
        for (String line : List.of(lines)) {
            text.append("    ").append(line).append('\n');
        }
        text.append("    TEST_END\n");
        return Files.writeString(directory.resolve("program.S"), text);
    }
}
