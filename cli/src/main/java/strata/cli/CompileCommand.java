package strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import strata.compiler.ast.Value;
import strata.compiler.codegen.SourceCompiler;
import strata.compiler.error.PythonSyntaxError;
import strata.compiler.pyc.PycCache;
import strata.compiler.pyc.PycHeader;

/**
 * {@code strata compile}: byte-compiles Python files into {@code __pycache__/NAME.strata-311.pyc},
 * as {@code python -m compileall} does: directories recursively (skipping {@code __pycache__} and
 * symbolic links to directories), files whose cache is up to date skipped unless {@code -f}, the
 * {@code Listing}/{@code Compiling} lines and {@code ***} error reports compileall prints (one
 * {@code -q}: errors only; two: nothing), status 1 if any file failed.
 */
@Command(name = "compile",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Byte-compile Python files and directories into __pycache__, as python -m compileall does.")
public final class CompileCommand implements Callable<Integer> {

    @Option(names = "-f", description = "Compile even the files whose cache is up to date.")
    private boolean force;

    @Option(names = "-q", description = "Quieter: once, print errors only; twice, print nothing.")
    private boolean[] quiet = new boolean[0];

    @Option(names = "--stats", description = "Print on stderr how many files and lines were compiled and how fast.")
    private boolean stats;

    @Option(names = "--repeat", paramLabel = "N", description = "Compile everything N times in one run (a benchmark:"
            + " the statistics are of the last time, on a warmed-up JVM).")
    private int repeat = 1;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Python files, or directories to compile recursively.")
    private List<Path> targets;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private PrintWriter out;
    private int compiledFiles;
    private long compiledLines;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        if (repeat < 1) {
            spec.commandLine().getErr().println("strata compile: --repeat needs a count of at least 1");
            return CommandLine.ExitCode.USAGE;
        }
        boolean success = true;
        long start = 0;
        for (int round = 0; round < repeat; round++) {
            compiledFiles = 0;
            compiledLines = 0;
            start = System.nanoTime();
            success = true;
            for (Path target : targets) {
                success &= Files.isRegularFile(target) ? file(target) : directory(target);
            }
            force |= round + 1 < repeat;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.flush();
        if (stats) {
            spec.commandLine().getErr().printf("strata compile: %d files, %d lines in %.3f s: %.0f files/s, %.0f lines/s%n",
                    compiledFiles, compiledLines, seconds, compiledFiles / seconds, compiledLines / seconds);
        }
        return success ? 0 : 1;
    }

    private int quietness() {
        return quiet.length;
    }

    private static String repr(Path path) {
        return new Value.Str(path.toString()).repr();
    }

    private boolean directory(Path directory) {
        if (quietness() == 0) {
            out.println("Listing " + repr(directory) + "...");
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(directory)) {
            entries = list.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            if (quietness() < 2) {
                out.println("Can't list " + repr(directory));
            }
            return false;
        }
        boolean success = true;
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.equals(PycCache.DIRECTORY)) {
                continue;
            }
            if (!Files.isDirectory(entry)) {
                success &= file(entry);
            } else if (!Files.isSymbolicLink(entry)) {
                success &= directory(entry);
            }
        }
        return success;
    }

    private boolean file(Path source) {
        if (!source.getFileName().toString().endsWith(".py")) {
            return true;
        }
        try {
            if (!force && PycCache.upToDate(source, PycCache.cachePath(source))) {
                return true;
            }
            if (quietness() == 0) {
                out.println("Compiling " + repr(source) + "...");
            }
            PycHeader header = PycCache.headerFor(source);
            byte[] bytes = Files.readAllBytes(source);
            PycCache.write(source, header, SourceCompiler.compile(bytes, source.toString()));
            compiledFiles++;
            for (byte b : bytes) {
                compiledLines += b == '\n' ? 1 : 0;
            }
            return true;
        } catch (PythonSyntaxError e) {
            return failed(source, e.print(source.toString()) + "\n");
        } catch (IOException e) {
            return failed(source, "OSError: " + e.getMessage() + "\n");
        }
    }

    /** compileall's report of a file that did not compile. */
    private boolean failed(Path source, String message) {
        if (quietness() >= 2) {
            return false;
        }
        out.print(quietness() == 1 ? "*** Error compiling " + repr(source) + "...\n" : "*** ");
        out.print(message);
        return false;
    }
}
