package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.updates.GlobalUpdates;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code profilelens global-update add|change|clear FILE | STORE KEY --reason TEXT}: ProfileService's own
 * {@code GlobalUpdateProfileAsync} transform, printed for a FILE (a missing FILE or empty stdin is a missing key) or
 * written to a stored key with a conditional write (allowed while a session owns the profile, as the library allows).
 */
@Command(name = "global-update", mixinStandardHelpOptions = true,
        description = "ProfileService global updates as the library writes them: printed for a FILE, or written to "
                + "STORE KEY (--reason).",
        subcommands = {GlobalUpdateCommand.Add.class, GlobalUpdateCommand.Change.class,
            GlobalUpdateCommand.Clear.class})
final class GlobalUpdateCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: add, change or clear");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an active global update.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        MailboxTarget target;
        @Option(names = "--data", required = true, paramLabel = "JSON", description = "Update data (a table).")
        String data;

        @Override
        public Integer call() {
            JsonNode d = CliInput.storable("--data", data);
            return target.run(spec, "global-update", v -> GlobalUpdates.addActive(v, d));
        }
    }

    @Command(name = "change", mixinStandardHelpOptions = true, description = "Change an active global update.")
    static final class Change implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        MailboxTarget target;
        @Option(names = "--id", required = true, paramLabel = "N", description = "Update id.")
        long id;
        @Option(names = "--data", required = true, paramLabel = "JSON", description = "New update data (a table).")
        String data;

        @Override
        public Integer call() {
            JsonNode d = CliInput.storable("--data", data);
            return target.run(spec, "global-update", v -> GlobalUpdates.changeActive(v, id, d));
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, description = "Clear an active global update.")
    static final class Clear implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        MailboxTarget target;
        @Option(names = "--id", required = true, paramLabel = "N", description = "Update id.")
        long id;

        @Override
        public Integer call() {
            return target.run(spec, "global-update", v -> GlobalUpdates.clearActive(v, id));
        }
    }
}
