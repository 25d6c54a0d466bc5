package strata.cli.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.cpu.board.Program;
import strata.cpu.hart.Privilege;
import strata.cpu.trace.Stats;

/** The addresses typed in commands: numbers, symbols, registers, sums. */
class AddressesTest {
    @TempDir
    static Path folder;

    private static Program hello;
    private static Snapshot snapshot;

    @BeforeAll
    static void build() throws Exception {
        hello = TestPrograms.program(TestPrograms.HELLO, folder);
        int[] x = new int[32];
        x[2] = 0x80002000;
        x[10] = -4;
        snapshot = new Snapshot(false, 1, "", 0x80000010, Privilege.MACHINE, x, new int[Snapshot.CSRS.size()],
                new Stats(0, 0, 0, List.of(), 0, 0, 0, List.of()), 0);
    }

    private static long resolve(String text) {
        return Addresses.resolve(text, snapshot, hello).orElse(-1);
    }

    @Test
    void numbersInDecimalAndHex() {
        assertThat(resolve("4096")).isEqualTo(4096);
        assertThat(resolve("0x80000028")).isEqualTo(0x80000028L);
    }

    @Test
    void symbolsAndRegistersWithOrWithoutTheDollar() {
        assertThat(resolve("puts")).isEqualTo(hello.symbol("puts"));
        assertThat(resolve("sp")).isEqualTo(0x80002000L);
        assertThat(resolve("$sp")).isEqualTo(0x80002000L);
        assertThat(resolve("x2")).isEqualTo(0x80002000L);
        assertThat(resolve("$pc")).isEqualTo(0x80000010L);
    }

    @Test
    void sumsAndDifferencesWrapAt32Bits() {
        assertThat(resolve("greeting + 16")).isEqualTo(hello.symbol("greeting") + 16);
        assertThat(resolve("$sp-0x20")).isEqualTo(0x80001fe0L);
        assertThat(resolve("a0+8")).isEqualTo(4);
    }

    @Test
    void anythingElseNamesNothing() {
        assertThat(Addresses.resolve("nowhere", snapshot, hello)).isEmpty();
        assertThat(Addresses.resolve("sp+", snapshot, hello)).isEmpty();
        assertThat(Addresses.resolve("", snapshot, hello)).isEmpty();
    }
}
