package dev.profilelens.app.cli;

import dev.profilelens.app.env.Environment;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.store.WriteOutcomeUnknownException;
import java.io.PrintWriter;
import java.util.Arrays;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The command-line interface (cli.md). Starts no JavaFX. */
@Command(name = "profilelens", mixinStandardHelpOptions = true, version = "ProfileLens 0.1.0",
        description = "Inspect and safely edit ProfileService / ProfileStore profiles.",
        subcommands = {CommandLine.HelpCommand.class,
            InspectCommand.class,
            ValidateCommand.class,
            DiffCommand.class,
            MergeCommand.class,
            PutCommand.class,
            UnlockCommand.class,
            LogCommand.class,
            SandboxCommand.class,
            EmulatorCommand.class,
            StoresCommand.class,
            KeysCommand.class,
            GetCommand.class,
            VersionsCommand.class,
            GlobalUpdateCommand.class,
            MessageCommand.class,
            WatchCommand.class,
            AuditCommand.class,
            RestoreCommand.class,
            FindCommand.class,
            EraseCommand.class,
            MirrorCommand.class,
            BulkCommand.class,
            EditCommand.class,
            HandoverCommand.class,
            OrderedCommand.class,
            TeamCommand.class,
        })
public final class Cli implements Runnable {

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Missing subcommand");
    }

    /** True for launcher options that belong to the CLI rather than the GUI. */
    public static boolean isCliOption(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || arg.equals("-V");
    }

    public static int run(Environment env, String... args) {
        return run(env, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs one command line with {@code env} as the process it runs in (ADR 0221). */
    public static int run(Environment env, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli(), new EnvironmentFactory(env));
        cl.setOut(out);
        cl.setErr(err);
        boolean verbose = Arrays.asList(args).contains("--verbose");
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof InspectorException ie) {
                err.println("error: " + ie.userMessage());
                if (ex instanceof WriteOutcomeUnknownException unknown) {
                    err.println(OutcomeCheck.howToCheck(unknown.ref(), args));
                }
                if (verbose) {
                    ex.printStackTrace(err);
                }
                return ie.exitCode();
            }
            LoggerFactory.getLogger(Cli.class).error("Unexpected failure running {}", String.join(" ", args), ex);
            err.println("error: unexpected failure: " + ex);
            if (verbose) {
                ex.printStackTrace(err);
            } else {
                err.println("(run again with --verbose for the stack trace)");
            }
            return 1;
        });
        cl.setParameterExceptionHandler((ex, params) -> {
            err.println("error: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return 2;
        });
        return cl.execute(args);
    }
}
