package strata.os.abi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import strata.testkit.Python;

/**
 * The errno table against the host's Linux C library, as Python's {@code errno} module (Linux's
 * numbers) and {@code os.strerror} (glibc's messages, the texts coreutils print) give it.
 */
class ErrnoTableTest {

    @Test
    void numbersAndMessagesAreLinuxAndGlibcs() {
        Python.require();
        List<String> names = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (Errno errno : Errno.values()) {
            names.add(errno.name());
            expected.add(errno.name() + " " + errno.number() + " " + errno.message());
        }
        String host = Python.script("""
                import errno, os, sys
                for name in sys.argv[1:]:
                    number = getattr(errno, name)
                    print(name, number, os.strerror(number))
                """, names.toArray(String[]::new)).run().assertSuccess().stdout();
        assertThat(host.lines().toList()).isEqualTo(expected);
    }
}
