package strata.os.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import strata.assembler.asm.Assembler;
import strata.assembler.asm.AssemblerOptions;
import strata.assembler.asm.AssemblyResult;
import strata.assembler.elf.ElfReader;
import strata.assembler.object.ObjectFile;
import strata.os.boot.KernelBoot;
import strata.os.build.OsBuild;
import strata.testkit.Binutils;

/**
 * Every source of the user programs, and every test program the kernel's tests run as init,
 * assembles with GNU as into the object ours makes: the same sections with the same bytes and
 * relocations, the same symbols. Both assemblers get the include path the build uses (the file's
 * directory, user/lib, the generated includes; for the test programs, their shared includes).
 */
class GnuAsTest {
    private static final Path INCLUDES = Path.of("target").resolve(OsBuild.INCLUDES);

    @TestFactory
    Stream<DynamicTest> gnuAsMakesTheSameObjects() {
        return sameObjects(UserPrograms.SOURCES, UserPrograms.SOURCES.resolve("lib"));
    }

    @TestFactory
    Stream<DynamicTest> gnuAsMakesTheSameObjectsOfTheKernelsTestPrograms() {
        return sameObjects(KernelBoot.TEST_INCLUDES, KernelBoot.TEST_INCLUDES);
    }

    private static Stream<DynamicTest> sameObjects(Path tree, Path include) {
        return sources(tree).stream().map(source -> DynamicTest.dynamicTest(source.toString(), () -> {
            Binutils.require(Binutils.Tool.AS);
            Path includes = include.toAbsolutePath();
            AssemblyResult ours = Assembler.assemble(source, new AssemblerOptions(List.of(includes, INCLUDES), Map.of()));
            assertThat(ours.report()).as("diagnostics").isEmpty();
            ObjectFile gnu = ElfReader.read(Binutils.object(source.toAbsolutePath(), Binutils.asOptions(
                    "-I", includes.toString(), "-I", INCLUDES.toAbsolutePath().toString())));
            assertThat(ours.object().sections()).isEqualTo(gnu.sections());
            assertThat(ours.object().symbols()).isEqualTo(gnu.symbols());
        }));
    }

    private static List<Path> sources(Path tree) {
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(p -> p.toString().endsWith(".S")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
