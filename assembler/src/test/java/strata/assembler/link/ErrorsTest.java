package strata.assembler.link;

import static org.assertj.core.api.Assertions.assertThat;
import static strata.testkit.Binutils.Tool.AS;
import static strata.testkit.Binutils.Tool.LD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import strata.assembler.diag.Diagnostic;
import strata.testkit.Binutils;

/**
 * Each case of {@code link/errors} fails to link with exactly the messages in its
 * {@code expected} file (file names relative to the case). GNU ld must refuse the case too,
 * unless a {@code gnu-accepts} file says why Strata is stricter. The objects are regenerated
 * with {@code mvn test -Dstrata.regenerate=true -Dtest=ErrorsTest}.
 */
class ErrorsTest {

    static List<Path> cases() {
        return LinkCorpus.cases("errors");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reportsEveryProblem(Path errorCase) {
        LinkResult result = LinkFiles.link(LinkCorpus.objects(errorCase), LinkCorpus.options(errorCase));
        assertThat(result.succeeded()).isFalse();
        List<String> messages = result.diagnostics().stream()
                .map(diagnostic -> diagnostic.format().replace(errorCase + "/", "")).toList();
        assertThat(messages).containsExactlyElementsOf(LinkCorpus.lines(errorCase.resolve("expected")));
        assertThat(result.diagnostics()).allMatch(Diagnostic::isError);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void gnuLdAgreesItIsAnError(Path errorCase) {
        Binutils.require(LD);
        boolean stricter = Files.exists(errorCase.resolve("gnu-accepts"));
        assertThat(LinkCorpus.gnuLdAccepts(errorCase)).isEqualTo(stricter);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void objectsAreWhatGnuAsMakes(Path errorCase) {
        Binutils.require(AS);
        LinkCorpus.checkObjects(errorCase);
    }

    @Test
    @EnabledIfSystemProperty(named = "strata.regenerate", matches = "true")
    void regenerate() throws IOException {
        Binutils.require(AS);
        for (Path errorCase : cases()) {
            LinkCorpus.writeObjects(errorCase);
        }
    }
}
