package strata.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a finished run says: text read strictly, and the assertions a test makes of it. */
class RunTest {
    private static final List<String> COMMAND = List.of("tool", "--option", "file");

    private static Run run(int status, String stdout, String stderr) {
        return new Run(COMMAND, status, stdout.getBytes(StandardCharsets.UTF_8),
                stderr.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUtf8Text() {
        assertThat(run(0, "é\n", "ü").stdout()).isEqualTo("é\n");
        assertThat(run(0, "é\n", "ü").stderr()).isEqualTo("ü");
    }

    @Test
    void outputThatIsNotUtf8FailsUnlessReadByteForByte() {
        Run run = new Run(COMMAND, 0, new byte[] {'a', (byte) 0xff}, new byte[] {(byte) 0xc3});
        assertThatThrownBy(run::stdout).isInstanceOf(AssertionError.class)
                .hasMessage("the standard output of tool --option file is not UTF-8 text");
        assertThatThrownBy(run::stderr).isInstanceOf(AssertionError.class)
                .hasMessage("the standard error of tool --option file is not UTF-8 text");
        assertThat(run.stdout(StandardCharsets.ISO_8859_1)).isEqualTo("a\u00ff");
        assertThat(run.stderr(StandardCharsets.ISO_8859_1)).isEqualTo("\u00c3");
    }

    @Test
    void successNeedsStatusZero() {
        Run ok = run(0, "listing", "warning: something");
        assertThat(ok.succeeded()).isTrue();
        assertThat(ok.assertSuccess()).isSameAs(ok);
        assertThatThrownBy(run(2, "", "bad input\n")::assertSuccess).isInstanceOf(AssertionError.class)
                .hasMessage("tool --option file exited with status 2:\nbad input\n");
    }

    @Test
    void quietNeedsStatusZeroAndNothingOnStandardError() {
        Run quiet = run(0, "listing", "");
        assertThat(quiet.assertQuiet()).isSameAs(quiet);
        assertThatThrownBy(run(0, "listing", "warning: something")::assertQuiet).isInstanceOf(AssertionError.class)
                .hasMessage("tool --option file exited with status 0:\nwarning: something");
        assertThatThrownBy(run(1, "", "")::assertQuiet).isInstanceOf(AssertionError.class)
                .hasMessage("tool --option file exited with status 1:\n");
    }
}
