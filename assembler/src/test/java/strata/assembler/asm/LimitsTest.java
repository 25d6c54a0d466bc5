package strata.assembler.asm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import strata.assembler.diag.Diagnostic;

/** Where the assembler stops instead of running away: errors, recursion, expansion. */
class LimitsTest {

    private static List<Diagnostic> diagnostics(String text) {
        return Assembler.assemble("limits.S", text, AssemblerOptions.defaults()).diagnostics();
    }

    @Test
    void afterTenThousandErrorsTheRestIsNotRead() {
        List<Diagnostic> diagnostics = diagnostics(".rept 20000\n    foo\n.endr\n    bar\n");
        assertThat(diagnostics).hasSize(10_001);
        assertThat(diagnostics.get(10_000).message()).startsWith("too many errors (10000); assembly stops here");
    }

    @Test
    void recursionStopsAtAHundredLevelsWithOneError() {
        List<Diagnostic> diagnostics = diagnostics(".macro twice\n    twice\n    twice\n.endm\n    twice\n    foo\n");
        assertThat(diagnostics).hasSize(1);
        assertThat(diagnostics.get(0).message())
                .startsWith("macros, repetitions and includes nest more than 100 deep; assembly stops here")
                .endsWith(", and 95 more)");
    }

    @Test
    void expansionsStopAtTwoMillionStatements() {
        List<Diagnostic> diagnostics = diagnostics(".rept 2000\n.rept 2000\n    nop\n.endr\n.endr\n");
        assertThat(diagnostics).hasSize(1);
        assertThat(diagnostics.get(0).message())
                .startsWith("macros and repetitions expand to more than 2000000 statements; assembly stops here");
    }
}
