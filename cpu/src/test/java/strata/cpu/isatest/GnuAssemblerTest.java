package strata.cpu.isatest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.elf.ElfFormatException;
import strata.assembler.elf.ElfReader;
import strata.assembler.link.LinkInput;
import strata.assembler.link.LinkOptions;
import strata.assembler.link.LinkResult;
import strata.assembler.link.Linker;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Section;

/**
 * The suite is plain GNU assembly: GNU as (the reference, with the reference options)
 * assembles every test into an object that links to the same program, byte for byte, as the
 * object Strata's assembler makes. Skipped where binutils is not installed.
 */
class GnuAssemblerTest {
    private static final String AS = "riscv64-unknown-elf-as";

    @TempDir
    Path directory;

    @TestFactory
    Stream<DynamicTest> gnuAsMakesTheSameProgram() {
        return SuiteFile.all().stream().map(file -> DynamicTest.dynamicTest(file.name(), () -> {
            assumeTrue(Qemu.onPath(AS), AS + " is not installed");
            ObjectFile gnu = link(assembleWithGnu(file.source()));
            ObjectFile ours = SuiteProgram.build(file.source()).executable();
            assertThat(contents(gnu)).as("%s: the sections GNU's object links to", file.name())
                    .containsExactlyElementsOf(contents(ours));
        }));
    }

    private ObjectFile assembleWithGnu(Path source) throws IOException, InterruptedException, ElfFormatException {
        Path object = directory.resolve("gnu.o");
        List<String> command = new ArrayList<>(List.of(AS, "-march=rv32imafd_zicsr_zifencei", "-mabi=ilp32",
                "-mno-relax", "-I", SuiteFile.INCLUDE.toString(), "-o", object.toString(), source.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String messages = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as("GNU as on %s: %s", source, messages).isZero();
        return ElfReader.read(Files.readAllBytes(object));
    }

    private static ObjectFile link(ObjectFile object) {
        LinkResult result = Linker.link(List.of(new LinkInput("gnu.o", object)), LinkOptions.defaults());
        assertThat(result.diagnostics()).isEmpty();
        return result.executable();
    }

    /** The loaded sections: name, address and bytes, one line each. */
    private static List<String> contents(ObjectFile executable) {
        List<String> lines = new ArrayList<>();
        for (Section section : executable.sections()) {
            if (section.isAlloc()) {
                lines.add(String.format("%s at 0x%08x: %s", section.name(), section.address(),
                        HexFormat.of().formatHex(section.data())));
            }
        }
        return lines;
    }
}
