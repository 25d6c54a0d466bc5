package strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import strata.compiler.ast.Dump;
import strata.compiler.error.PythonSyntaxError;
import strata.compiler.parse.Parser;

/**
 * {@code strata ast}: the abstract syntax tree of a Python file, printed as CPython 3.11's
 * {@code ast.dump(ast.parse(source))} prints it; with {@code --positions} as
 * {@code include_attributes=True} does. A syntax error is printed as {@code python3 FILE} prints
 * it, and the status is then 1.
 */
@Command(name = "ast",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Print the abstract syntax tree of a Python 3.11 file, as Python's ast.dump prints it.")
public final class AstCommand implements Callable<Integer> {

    @Option(names = "--positions", description = "Add each node's lineno, col_offset, end_lineno and end_col_offset.")
    private boolean positions;

    @Parameters(paramLabel = "FILE", description = "A Python source file.")
    private Path file;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("strata ast: " + file + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println("strata ast: " + file + ": cannot read: " + e.getMessage());
            return 2;
        }
        try {
            spec.commandLine().getOut().println(Dump.dump(Parser.parse(bytes), positions));
            return 0;
        } catch (PythonSyntaxError e) {
            err.print(e.print(file.toString()));
            err.flush();
            return 1;
        }
    }
}
