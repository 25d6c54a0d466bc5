package strata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strata.assembler.disasm.Objdump;
import strata.assembler.elf.ElfReader;

/**
 * {@code strata objdump} end to end: options, several files, and every kind of bad input. That
 * the listings are binutils' is the disassembler's tests' business (assembler module); here the
 * command must print exactly the library's listing, and, on a source where Strata and binutils
 * print the same, exactly what binutils prints.
 */
class ObjdumpCommandTest {
    /** GNU objects and executables of the disassembler's listing tests. */
    private static final Path LISTINGS =
            Path.of(System.getProperty("strata.root", ".."), "assembler/src/test/resources/disasm/listings");

    private record Run(int status, String out, String err) {
    }

    @Test
    void printsTheLibraryListingForEachOptionAndFile() throws Exception {
        Path object = LISTINGS.resolve("relocs.o");
        Path executable = LISTINGS.resolve("hello.elf");
        assertThat(run("objdump", "-d", object.toString()).out())
                .isEqualTo(listing(object, new Objdump.Options(true, false, false, true)));
        assertThat(run("objdump", "-drt", object.toString()).out())
                .isEqualTo(listing(object, new Objdump.Options(true, true, true, true)));
        assertThat(run("objdump", "-r", object.toString()).out())
                .isEqualTo(listing(object, new Objdump.Options(false, true, false, true)));
        assertThat(run("objdump", "-t", "--disassemble", "-M", "no-aliases", executable.toString()).out())
                .isEqualTo(listing(executable, new Objdump.Options(true, false, true, false)));
        Run both = run("objdump", "-d", object.toString(), executable.toString());
        assertThat(both.status()).isZero();
        assertThat(both.err()).isEmpty();
        assertThat(both.out()).isEqualTo(listing(object, new Objdump.Options(true, false, false, true))
                + listing(executable, new Objdump.Options(true, false, false, true)));
    }

    @Test
    void badFilesAreReportedAndTheOthersStillListed(@TempDir Path temp) throws Exception {
        Path good = LISTINGS.resolve("hello.o");
        Path text = Files.writeString(temp.resolve("notes.txt"), "not an ELF file\n");
        byte[] whole = Files.readAllBytes(good);
        Path truncated = Files.write(temp.resolve("truncated.o"), Arrays.copyOf(whole, whole.length / 2));
        Path missing = temp.resolve("missing.o");
        Run run = run("objdump", "-d", missing.toString(), text.toString(), truncated.toString(), good.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(listing(good, new Objdump.Options(true, false, false, true)));
        List<String> errors = run.err().lines().toList();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).isEqualTo("strata objdump: " + missing + ": no such file");
        assertThat(errors.get(1)).startsWith("strata objdump: " + text + ": not an ELF file");
        assertThat(errors.get(2)).startsWith("strata objdump: " + truncated + ": ").contains("past the end of the file");
    }

    @Test
    void aDirectoryIsReportedAsUnreadable(@TempDir Path temp) {
        Run run = run("objdump", "-d", temp.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("strata objdump: " + temp + ": cannot read").doesNotContain("Exception");
    }

    @Test
    void withoutAnythingToShowOrWithAnUnknownOptionItSaysWhat() {
        Path object = LISTINGS.resolve("relocs.o");
        Run nothing = run("objdump", object.toString());
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err()).isEqualTo("strata objdump: nothing to show: give -d, -r or -t\n");
        Run unknown = run("objdump", "-d", "-M", "numeric", object.toString());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown disassembler option 'numeric'");
        Run noFile = run("objdump", "-d");
        assertThat(noFile.status()).isEqualTo(2);
        assertThat(noFile.err()).contains("Missing required parameter: 'FILE'");
        assertThat(nothing.out() + unknown.out() + noFile.out()).isEmpty();
    }

    @Test
    void listsAGnuObjectExactlyAsBinutilsDoes(@TempDir Path temp) throws Exception {
        assumeTrue(onPath("riscv64-unknown-elf-as") && onPath("riscv64-unknown-elf-objdump"),
                "GNU binutils for RISC-V is not installed");
        Files.writeString(temp.resolve("same.S"), String.join("\n",
                "# Instructions Strata and binutils print alike.",
                "        .globl  main",
                "main:   lui     a0, %hi(value)",
                "        lw      a1, %lo(value)(a0)",
                "        mul     a1, a1, a1",
                "loop:   bnez    a1, loop",
                "        call    main",
                "        csrr    t0, mstatus",
                "        ret",
                "        .word   0x12345678",
                "        .data",
                "value:  .word   3",
                ""));
        exec(temp, "riscv64-unknown-elf-as", "-march=rv32imafd_zicsr_zifencei", "-mabi=ilp32", "-mno-relax",
                "same.S", "-o", "same.o");
        String binutils = exec(temp, "riscv64-unknown-elf-objdump", "-drt", "same.o");
        String strata = run("objdump", "-drt", temp.resolve("same.o").toString()).out();
        assertThat(strata).isEqualTo(binutils.replace("same.o:", temp.resolve("same.o") + ":"));
    }

    private static String listing(Path file, Objdump.Options options) throws Exception {
        return Objdump.listing(file.toString(), ElfReader.read(Files.readAllBytes(file)), options);
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

    private static String exec(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, tool)));
    }
}
