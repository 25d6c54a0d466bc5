package strata.os.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import strata.os.boot.KernelBoot;

/**
 * The kernel's costs in instructions retired, measured on Strata (costs.S reads instret in
 * U-mode): a system call's round trip and a sched_yield to another process and back. These are
 * figures for the docs, not timings: Strata's counters are deterministic, so the test checks
 * that two boots measure the same and that the figures are plausible, and prints them.
 */
class KernelCostsTest {

    @Test
    void costsAreMeasuredTheSameOnEveryBoot() {
        byte[] program = KernelBoot.userProgram("/strata/os/kernel/costs.S");
        String first = KernelBoot.strata(128, program).console();
        String second = KernelBoot.strata(128, program).console();
        assertThat(second).isEqualTo(first);
        long syscall = figure(first, "getpid round trip");
        long yield = figure(first, "sched_yield to the other process and back");
        System.out.printf("getpid round trip: %d instructions; sched_yield to another process and back: %d%n", syscall, yield);
        assertThat(syscall).isBetween(20L, 2_000L);
        assertThat(yield).isBetween(2 * syscall, 20_000L);
    }

    private static long figure(String console, String label) {
        Matcher matcher = Pattern.compile(Pattern.quote(label) + ": (\\d+)").matcher(console);
        assertThat(matcher.find()).as("%s in:%n%s", label, console).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
