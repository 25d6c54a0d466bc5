package strata.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code strata} command: one subcommand per job, each a small class of its own.
 *
 * <p>No Java stack trace reaches a user: an exception that escapes a subcommand is reported as
 * one line naming what went wrong, with exit status {@link #INTERNAL_ERROR}.
 */
@Command(name = "strata",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A glass-box computer for Python: every layer from the Python line to the machine instruction.",
        subcommands = {
                CommandLine.HelpCommand.class,
                AsmCommand.class,
                LinkCommand.class,
                ObjdumpCommand.class,
                ExecCommand.class,
                BootCommand.class,
                ImageCommand.class,
                AstCommand.class,
                CompileCommand.class,
                DisCommand.class,
                TuiCommand.class,
        })
public final class Main implements Runnable {

    /** Exit status when Strata itself fails, as opposed to the user's input being wrong. */
    public static final int INTERNAL_ERROR = 70;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status; used by tests too. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("strata: internal error: " + describe(exception));
            return INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }

    private static String describe(Throwable exception) {
        String message = exception.getMessage();
        return message == null ? exception.getClass().getSimpleName() : message;
    }
}
