package strata.os.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import strata.testkit.Command;
import strata.testkit.Run;

/**
 * /bin/ps under qemu-riscv32, where Strata's strata_processes does not exist: Linux answers
 * ENOSYS, and ps says so and fails. What it lists on Strata, the whole-system tests show.
 */
class PsTest {

    @Test
    void withoutStrataProcessesPsSaysSoAndFails() {
        Run run = Command.of(UserPrograms.qemu(), "-0", "ps", UserPrograms.program("bin/ps").toString()).run();
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).isEqualTo("ps: strata_processes: Function not implemented\n");
        assertThat(run.status()).isEqualTo(1);
    }
}
