package strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import strata.assembler.elf.ElfReader;
import strata.assembler.object.ObjectFile;

/** {@code strata asm}: writes the object, reports every error with exit status 1, takes -I and --defsym. */
class AsmCommandTest {
    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new Main());
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void writesTheObjectBesideTheSourceByDefault() throws Exception {
        Path source = write("prog.S", ".globl _start\n_start:\n    li a0, 42\n    ret\n");
        assertThat(run("asm", source.toString())).isZero();
        ObjectFile object = ElfReader.read(Files.readAllBytes(folder.resolve("prog.o")));
        assertThat(object.symbol("_start")).isNotNull();
        assertThat(object.section(".text").size()).isEqualTo(8);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writesWhereDashOSays() throws Exception {
        Path source = write("prog.S", "nop\n");
        Path target = folder.resolve("out/other.o");
        Files.createDirectories(target.getParent());
        assertThat(run("asm", source.toString(), "-o", target.toString())).isZero();
        assertThat(Files.exists(target)).isTrue();
        assertThat(Files.exists(folder.resolve("prog.o"))).isFalse();
    }

    @Test
    void reportsEveryErrorAndWritesNothing() throws Exception {
        Path source = write("bad.S", "nop\n    foo a0\n    addi a0, a0, 5000\n");
        assertThat(run("asm", source.toString())).isEqualTo(1);
        assertThat(err.toString())
                .contains("bad.S:2:5: error: unknown instruction 'foo'")
                .contains("bad.S:3:18: error: immediate 5000 is out of range -2048..2047")
                .doesNotContain("Exception");
        assertThat(Files.exists(folder.resolve("bad.o"))).isFalse();
    }

    @Test
    void warningsAloneStillWriteTheObject() throws Exception {
        Path source = write("warn.S", ".data\n.byte 256\n");
        assertThat(run("asm", source.toString())).isZero();
        assertThat(err.toString()).contains("warn.S:2:7: warning: value 0x100 truncated to 0x0");
        assertThat(Files.exists(folder.resolve("warn.o"))).isTrue();
    }

    @Test
    void aMissingSourceIsAnErrorNotACrash() {
        assertThat(run("asm", folder.resolve("nowhere.S").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nowhere.S: error: no such file");
    }

    @Test
    void includeDirectoriesAndDefinedSymbols() throws Exception {
        write("inc/defs.inc", ".equ FROM_INCLUDE, 7\n");
        Path source = write("src/main.S", ".include \"defs.inc\"\n.data\n.word FROM_INCLUDE, ANSWER, MINUS\n");
        assertThat(run("asm", source.toString(), "-I", folder.resolve("inc").toString(),
                "--defsym", "ANSWER=0x2a", "--defsym", "MINUS=-1")).isZero();
        ObjectFile object = ElfReader.read(Files.readAllBytes(folder.resolve("src/main.o")));
        assertThat(object.section(".data").data()).containsExactly(7, 0, 0, 0, 42, 0, 0, 0, -1, -1, -1, -1);
    }

    @Test
    void aBadDefinitionIsRejected() throws Exception {
        Path source = write("prog.S", "nop\n");
        assertThat(run("asm", source.toString(), "--defsym", "X=abc")).isEqualTo(1);
        assertThat(err.toString()).contains("--defsym X=abc: the value must be a number");
        assertThat(run("asm", source.toString(), "--defsym", "novalue")).isEqualTo(1);
        assertThat(err.toString()).contains("expected NAME=VALUE");
    }

    @Test
    void statsReportTheLinesAssembled() throws Exception {
        Path source = write("prog.S", "nop\nnop\nnop\n");
        assertThat(run("asm", source.toString(), "--stats", "--repeat", "3")).isZero();
        assertThat(err.toString()).matches("(?s)strata asm: 3 lines in [0-9.]+ ms, [0-9]+ lines/s\\R");
    }

    @Test
    void theDefaultObjectName() {
        assertThat(AsmCommand.defaultOutput(Path.of("a/b/prog.S"))).isEqualTo(Path.of("a/b/prog.o"));
        assertThat(AsmCommand.defaultOutput(Path.of("prog"))).isEqualTo(Path.of("prog.o"));
        assertThat(AsmCommand.defaultOutput(Path.of("x.y.s"))).isEqualTo(Path.of("x.y.o"));
    }
}
