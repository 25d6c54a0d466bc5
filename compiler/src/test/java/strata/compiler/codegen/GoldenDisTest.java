package strata.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import strata.compiler.code.CodeObject;
import strata.compiler.dis.Disassembler;
import strata.compiler.pyc.PycHeader;
import strata.compiler.pyc.PycReader;
import strata.compiler.pyc.PycWriter;
import strata.compiler.testing.Corpus;

/**
 * Golden listings: for each program in {@code src/test/resources/programs}, the {@code strata dis}
 * listing of its code is the committed {@code .dis} file beside it, and its {@code .pyc} reads
 * back equal. {@code -Dstrata.regenerate=true} rewrites the listings (then review the diff).
 */
class GoldenDisTest {
    private static final boolean REGENERATE = Boolean.getBoolean("strata.regenerate");

    @TestFactory
    Stream<DynamicTest> everyProgramHasItsListing() {
        return Corpus.programs().stream().map(program -> DynamicTest.dynamicTest(program.getFileName().toString(), () -> {
            CodeObject code = SourceCompiler.compile(Files.readAllBytes(program), program.getFileName().toString());
            String listing = Disassembler.listing(code);
            Path golden = Path.of(program.toString().replaceFirst("\\.py$", ".dis"));
            if (REGENERATE) {
                Files.writeString(golden, listing);
            }
            assertThat(listing).isEqualTo(read(golden));
            byte[] pyc = PycWriter.write(PycHeader.forSource(0, 0), code);
            assertThat(PycReader.read(pyc).module()).isEqualTo(code);
        }));
    }

    private static String read(Path golden) throws IOException {
        return Files.exists(golden) ? Files.readString(golden) : "(no " + golden + "; run with -Dstrata.regenerate=true)";
    }
}
