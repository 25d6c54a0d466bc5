package strata.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Finding programs on PATH, and skipping a test when one is missing. */
class ProgramsTest {
    private static final String MISSING = "strata-no-such-program";

    @Test
    void findsAProgramOnThePathAndNotOneThatIsMissing() {
        assertThat(Programs.installed("sh")).isTrue();
        assertThat(Programs.installed(MISSING)).isFalse();
    }

    @Test
    void requireSkipsTheTestWhenAProgramIsMissing() {
        Programs.require("sh");
        assertThatThrownBy(() -> Programs.require("sh", MISSING)).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining(MISSING + " is not installed");
    }
}
