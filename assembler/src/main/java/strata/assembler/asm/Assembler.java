package strata.assembler.asm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import strata.assembler.diag.Diagnostic;

/**
 * The assembler: GNU {@code as} syntax for RV32IMAFD with Zicsr and Zifencei in, a relocatable
 * {@link strata.assembler.object.ObjectFile} out, with the same contents as
 * {@code riscv64-unknown-elf-as -march=rv32imafd_zicsr_zifencei -mabi=ilp32 -mno-relax} makes.
 * It never throws for bad input: problems come back as diagnostics, all of them.
 */
public final class Assembler {

    private Assembler() {
    }

    /** Assembles the file at {@code source}; its diagnostics name it as given. */
    public static AssemblyResult assemble(Path source, AssemblerOptions options) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (NoSuchFileException e) {
            return failure(source.toString(), "no such file");
        } catch (IOException e) {
            return failure(source.toString(), "cannot read file: " + e.getMessage());
        }
        return new Session(options).run(source.toString(), Includes.real(source), SourceText.lines(bytes));
    }

    /**
     * Assembles {@code text} as if it were a file called {@code name}; a relative
     * {@code .include} is looked for in the working directory, then the include directories.
     */
    public static AssemblyResult assemble(String name, String text, AssemblerOptions options) {
        return new Session(options).run(name, null, SourceText.lines(text));
    }

    private static AssemblyResult failure(String file, String message) {
        return new AssemblyResult(null, List.of(Diagnostic.error(file, message)), 0);
    }
}
