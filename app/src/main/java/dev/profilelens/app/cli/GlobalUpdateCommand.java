package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.updates.GlobalUpdates;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code profilelens global-update add|change|clear FILE}: prints the stored value after ProfileService's own
 * {@code GlobalUpdateProfileAsync} transform. A missing FILE (or empty stdin) is a missing key.
 */
@Command(name = "global-update", mixinStandardHelpOptions = true,
        description = "ProfileService global updates as the library writes them (prints the new stored value).",
        subcommands = {GlobalUpdateCommand.Add.class, GlobalUpdateCommand.Change.class,
            GlobalUpdateCommand.Clear.class})
final class GlobalUpdateCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: add, change or clear");
    }

    /** Reads FILE as a stored value (nonexistent or empty = missing key), transforms, prints compact JSON. */
    static int transform(CommandLine.Model.CommandSpec spec, String file, UnaryOperator<@Nullable JsonNode> op) {
        byte[] bytes = CliInput.readOrEmpty(file, System.in);
        String result;
        try {
            result = RobloxJson.writeString(op.apply(ProfileCodec.read(bytes).root()));
        } catch (InvalidInputException e) {
            throw e.within(file);
        }
        spec.commandLine().getOut().println(result);
        return 0;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an active global update.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "Stored value; '-' = stdin; missing file = missing key.")
        String file;
        @Option(names = "--data", required = true, paramLabel = "JSON", description = "Update data (a table).")
        String data;

        @Override
        public Integer call() {
            JsonNode d = CliInput.storable("--data", data);
            return transform(spec, file, v -> GlobalUpdates.addActive(v, d));
        }
    }

    @Command(name = "change", mixinStandardHelpOptions = true, description = "Change an active global update.")
    static final class Change implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "Stored value; '-' = stdin.")
        String file;
        @Option(names = "--id", required = true, paramLabel = "N", description = "Update id.")
        long id;
        @Option(names = "--data", required = true, paramLabel = "JSON", description = "New update data (a table).")
        String data;

        @Override
        public Integer call() {
            JsonNode d = CliInput.storable("--data", data);
            return transform(spec, file, v -> GlobalUpdates.changeActive(v, id, d));
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, description = "Clear an active global update.")
    static final class Clear implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "Stored value; '-' = stdin.")
        String file;
        @Option(names = "--id", required = true, paramLabel = "N", description = "Update id.")
        long id;

        @Override
        public Integer call() {
            return transform(spec, file, v -> GlobalUpdates.clearActive(v, id));
        }
    }
}
