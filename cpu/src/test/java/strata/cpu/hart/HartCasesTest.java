package strata.cpu.hart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.elf.ElfWriter;
import strata.assembler.object.ObjectFile;
import strata.cpu.Qemu;
import strata.cpu.TestMachine;

/**
 * The hart's behaviour cases, refereed by QEMU: each {@code hart/cases/NAME.S} prints what it
 * observes (results, CSR values, trap causes and values) on the UART, and {@code NAME.out} is
 * what QEMU printed for the same ELF. Strata must print the same; where QEMU is installed it
 * runs again and must still print it, which keeps the committed expectations honest.
 *
 * <p>To regenerate the expectations after adding or changing a case:
 * {@code mvn -q test -pl cpu -Dtest=HartCasesTest -Dstrata.regenerate=true}.
 */
class HartCasesTest {
    private static final long LIMIT = 50_000_000;

    @TestFactory
    Stream<DynamicTest> strataPrintsWhatQemuPrinted() {
        return sources().stream().map(source -> DynamicTest.dynamicTest(name(source), () -> {
            TestMachine machine = TestMachine.of(build(source));
            assertThat(machine.runToExit(LIMIT)).as("exit value").isEqualTo(TestMachine.PASS);
            String expected = read(sibling(source));
            if (!machine.console.toString().equals(expected)) {
                keepActual(source, machine.console.toString());
            }
            assertThat(machine.console.toString()).isEqualTo(expected);
        }));
    }

    @TestFactory
    Stream<DynamicTest> qemuStillPrintsTheExpectation() {
        return sources().stream().map(source -> DynamicTest.dynamicTest(name(source), () -> {
            Qemu.assumeAvailable();
            Qemu.Run run = Qemu.run(ElfWriter.write(build(source)));
            assertThat(run.status()).as("QEMU's exit status; it printed:%n%s", run.console()).isZero();
            if (Boolean.getBoolean("strata.regenerate")) {
                write(sibling(source), run.console());
            }
            assertThat(run.console()).isEqualTo(read(sibling(source)));
        }));
    }

    static ObjectFile build(Path source) {
        AssemblerOptions options = new AssemblerOptions(List.of(folder("include")), Map.of());
        return TestMachine.link(read(source), options);
    }

    static Path folder(String name) {
        String root = System.getProperty("strata.root");
        Path base = root != null ? Path.of(root, "cpu") : Path.of("");
        Path folder = base.resolve("src/test/resources/hart").resolve(name);
        return folder.toAbsolutePath();
    }

    static List<Path> sources() {
        try (Stream<Path> files = Files.list(folder("cases"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".S")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path source) {
        return source.getFileName().toString();
    }

    private static Path sibling(Path source) {
        String file = source.getFileName().toString();
        return source.resolveSibling(file.substring(0, file.lastIndexOf('.')) + ".out");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps what a failing case printed in {@code target/hart-actual}, to diff against the expectation. */
    private static void keepActual(Path source, String text) {
        try {
            Path folder = Path.of("target", "hart-actual");
            Files.createDirectories(folder);
            write(folder.resolve(sibling(source).getFileName()), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
