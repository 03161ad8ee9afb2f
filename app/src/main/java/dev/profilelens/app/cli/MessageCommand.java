package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.updates.GlobalUpdates;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code profilelens message FILE --data JSON}: ProfileStore's {@code MessageAsync} transform. */
@Command(name = "message", mixinStandardHelpOptions = true,
        description = "Post a ProfileStore message as MessageAsync writes it (prints the new stored value).")
final class MessageCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "Stored value; '-' = stdin; missing file = missing key.")
    String file;
    @Option(names = "--data", required = true, paramLabel = "JSON", description = "The message (a table).")
    String data;

    @Override
    public Integer call() {
        JsonNode d = CliInput.storable("--data", data);
        return GlobalUpdateCommand.transform(spec, file, v -> GlobalUpdates.message(v, d));
    }
}
