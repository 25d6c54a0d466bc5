package strata.os.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import strata.os.build.OsBuild;
import strata.testkit.Binutils;

/**
 * Every kernel source also assembles with GNU as (the project's rule for guest code: our
 * assembler must not be the only one that reads it), with the same include path as the build.
 */
class KernelSourcesTest {

    @TestFactory
    Stream<DynamicTest> gnuAsAssemblesEveryKernelFile(@TempDir Path directory) throws IOException {
        Path kernel = Path.of("kernel").toAbsolutePath();
        List<Path> sources;
        try (Stream<Path> files = Files.list(kernel)) {
            sources = files.filter(p -> p.toString().endsWith(".S")).sorted().toList();
        }
        assertThat(sources).isNotEmpty();
        return sources.stream().map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
            Binutils.require(Binutils.Tool.AS);
            Path object = directory.resolve(source.getFileName() + ".o");
            Binutils.assemble(source, object, Binutils.asOptions("-I", kernel.toString(), "-I", Path.of("target", OsBuild.INCLUDES).toAbsolutePath().toString()))
                    .assertQuiet();
        }));
    }
}
