package strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import strata.compiler.code.CodeObject;
import strata.compiler.codegen.SourceCompiler;
import strata.compiler.dis.Disassembler;
import strata.compiler.error.PythonSyntaxError;
import strata.compiler.pyc.PycFormatException;
import strata.compiler.pyc.PycReader;

/**
 * {@code strata dis}: the bytecode of a Python source file (compiled on the fly) or of a
 * {@code .pyc} Strata wrote, listed as {@code python -m dis} lists CPython's (docs/bytecode.md).
 * A file that cannot be read, does not compile or is not a valid {@code .pyc} is reported and
 * skipped; the status is then 1.
 */
@Command(name = "dis",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Disassemble the bytecode of Python source files or .pyc files, as python -m dis does.")
public final class DisCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "A Python source file (FILE.py) or a .pyc.")
    private List<Path> files;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int status = CommandLine.ExitCode.OK;
        for (Path file : files) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                CodeObject code = file.toString().endsWith(".pyc") ? PycReader.read(bytes).module()
                        : SourceCompiler.compile(bytes, file.toString());
                out.print(Disassembler.listing(code));
            } catch (NoSuchFileException e) {
                err.println("strata dis: " + file + ": no such file");
                status = 1;
            } catch (IOException e) {
                err.println("strata dis: " + file + ": cannot read: " + e.getMessage());
                status = 1;
            } catch (PycFormatException e) {
                err.println("strata dis: " + file + ": not a Strata .pyc: " + e.getMessage());
                status = 1;
            } catch (PythonSyntaxError e) {
                err.print(e.print(file.toString()));
                status = 1;
            }
        }
        out.flush();
        return status;
    }
}
