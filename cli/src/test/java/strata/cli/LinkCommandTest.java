package strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.elf.ElfReader;
import strata.assembler.elf.ElfWriter;
import strata.assembler.link.FlatBinary;
import strata.assembler.link.LinkFiles;
import strata.assembler.link.LinkOptions;
import strata.assembler.object.ObjectFile;
import strata.assembler.object.Section;

/**
 * {@code strata link} end to end: it writes what the linker library makes (whose correctness the
 * assembler module's tests check against GNU ld), in ELF or flat, takes --base and --entry, and
 * reports every kind of bad input as {@code file: error: message} with status 1 and no output.
 */
class LinkCommandTest {
    private static final Path LINK = Path.of(System.getProperty("strata.root", ".."),
            "assembler/src/test/resources/link");
    private static final Path CALLS = LINK.resolve("programs/calls");

    @TempDir
    Path temp;

    private record Run(int status, String out, String err) {
    }

    @Test
    void writesTheLinkedExecutable() throws Exception {
        Path output = temp.resolve("calls.elf");
        List<Path> inputs = List.of(CALLS.resolve("a.o"), CALLS.resolve("b.o"));

        Run run = run("link", inputs.get(0).toString(), inputs.get(1).toString(), "-o", output.toString());

        assertThat(run).isEqualTo(new Run(0, "", ""));
        ObjectFile expected = LinkFiles.link(inputs, LinkOptions.defaults()).executable();
        assertThat(Files.readAllBytes(output)).isEqualTo(ElfWriter.write(expected));
        assertThat(ElfReader.read(Files.readAllBytes(output)).entry()).isEqualTo(0x80000000);
        assertThat(output.toFile().canExecute()).as("executable, as GNU ld makes it").isTrue();
    }

    @Test
    void takesTheBaseAndTheEntry() throws Exception {
        Path output = temp.resolve("user.elf");
        Path program = LINK.resolve("programs/user-program/a.o");

        Run run = run("link", program.toString(), "--base", "0x10000", "--entry", "main", "-o", output.toString());

        assertThat(run.status()).isZero();
        ObjectFile executable = ElfReader.read(Files.readAllBytes(output));
        assertThat(executable.section(".text").address()).isEqualTo(0x10000);
        assertThat(executable.entry()).isEqualTo(executable.symbol("main").value());
    }

    @Test
    void writesAFlatBinary() throws Exception {
        Path output = temp.resolve("calls.bin");
        List<Path> inputs = List.of(CALLS.resolve("a.o"), CALLS.resolve("b.o"));

        Run run = run("link", "--binary", inputs.get(0).toString(), inputs.get(1).toString(), "-o", output.toString());

        assertThat(run).isEqualTo(new Run(0, "", ""));
        assertThat(Files.readAllBytes(output))
                .isEqualTo(FlatBinary.of(LinkFiles.link(inputs, LinkOptions.defaults()).executable()));
    }

    @Test
    void warnsWhenTheFlatBinaryDoesNotStartAtTheEntry() {
        Path output = temp.resolve("calls.bin");
        Run run = run("link", "--binary", "--entry", "helper", CALLS.resolve("a.o").toString(),
                CALLS.resolve("b.o").toString(), "-o", output.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).startsWith("strata link: warning: the entry point 0x8000004c is not the first byte of"
                + " the flat binary (0x80000000)");
    }

    @Test
    void warnsWithoutAnEntryPoint() {
        Run run = run("link", LINK.resolve("programs/no-entry/a.o").toString(), "-o", temp.resolve("x").toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEqualTo("strata link: warning: cannot find entry symbol _start; defaulting to"
                + " 0x80000000\n");
    }

    @Test
    void reportsEveryBadFileAndWritesNothing() throws Exception {
        Path missing = temp.resolve("missing.o");
        Path text = Files.writeString(temp.resolve("notes.o"), "not an ELF file\n");
        byte[] whole = Files.readAllBytes(CALLS.resolve("a.o"));
        Path truncated = Files.write(temp.resolve("truncated.o"), Arrays.copyOf(whole, whole.length / 2));
        Path output = temp.resolve("out.elf");

        Run run = run("link", missing.toString(), text.toString(), truncated.toString(), "-o", output.toString());

        assertThat(run.status()).isEqualTo(1);
        List<String> errors = run.err().lines().toList();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).isEqualTo(missing + ": error: no such file");
        assertThat(errors.get(1)).isEqualTo(text + ": error: not an ELF file (it does not start with 0x7f 'E' 'L' 'F')");
        assertThat(errors.get(2)).startsWith(truncated + ": error: the section header table")
                .endsWith("runs past the end of the file (0x" + Integer.toHexString(whole.length / 2) + " bytes)");
        assertThat(output).doesNotExist();
    }

    @Test
    void reportsLinkErrorsWithTheirPlaces() {
        Path undefined = LINK.resolve("errors/undefined");
        Path output = temp.resolve("out.elf");

        Run run = run("link", undefined.resolve("a.o").toString(), undefined.resolve("b.o").toString(),
                "-o", output.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(3).allMatch(line -> line.contains(": error: undefined symbol `missing"));
        assertThat(output).doesNotExist();
    }

    @Test
    void refusesAnExecutableAsInput() {
        Path executable = Path.of(System.getProperty("strata.root", ".."),
                "assembler/src/test/resources/elf/program.elf");
        Run run = run("link", executable.toString(), "-o", temp.resolve("x").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(executable + ": error: is an executable, not a relocatable object\n");
    }

    @Test
    void reportsAnOutputItCannotWrite() {
        Run run = run("link", CALLS.resolve("a.o").toString(), CALLS.resolve("b.o").toString(),
                "-o", temp.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith(temp + ": error: cannot write it").doesNotContain("Exception");
    }

    @Test
    void refusesAFlatBinaryTooLargeToWrite() throws Exception {
        Section text = new Section(".text", Section.SHT_PROGBITS, Section.SHF_ALLOC | Section.SHF_EXECINSTR, 0, 4,
                0, new byte[4], 4, List.of());
        Section far = new Section(".data", Section.SHT_PROGBITS, Section.SHF_ALLOC | Section.SHF_WRITE, 0, 1 << 31, 0,
                new byte[1], 1, List.of());
        Path object = Files.write(temp.resolve("far.o"), ElfWriter.write(new ObjectFile(ObjectFile.Kind.RELOCATABLE,
                0, 0, List.of(text, far), List.of(), List.of())));
        Path output = temp.resolve("far.bin");

        Run run = run("link", "--binary", "--base", "0", "--entry", "0", object.toString(), "-o", output.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("strata link: error: a flat binary from 0x00000000 would be 2147483649 bytes"
                + " long, too large to write\n");
        assertThat(output).doesNotExist();
    }

    @Test
    void rejectsBadOptionsWithUsage() {
        Run noOutput = run("link", CALLS.resolve("a.o").toString());
        assertThat(noOutput.status()).isEqualTo(2);
        assertThat(noOutput.err()).contains("Missing required option: '--output=OUT'");

        Run badBase = run("link", "--base", "0x1_0000", CALLS.resolve("a.o").toString(), "-o", "x");
        assertThat(badBase.status()).isEqualTo(2);
        assertThat(badBase.err()).contains("'0x1_0000' is not an address (0 to 0xffffffff)");

        Run noFiles = run("link", "-o", "x");
        assertThat(noFiles.status()).isEqualTo(2);
        assertThat(noFiles.err()).contains("Missing required parameter: 'FILE.o'");
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            System.out.flush();
            System.err.flush();
            return new Run(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
