package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.updates.GlobalUpdates;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code profilelens message FILE | STORE KEY --data JSON [--reason TEXT]}: ProfileStore's {@code MessageAsync}
 * transform, printed for a FILE or written to a stored key.
 */
@Command(name = "message", mixinStandardHelpOptions = true,
        description = "Post a ProfileStore message as MessageAsync writes it: printed for a FILE, or written to "
                + "STORE KEY (--reason).")
final class MessageCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin
    MailboxTarget target;
    @Option(names = "--data", required = true, paramLabel = "JSON", description = "The message (a table).")
    String data;

    @Override
    public Integer call() {
        JsonNode d = CliInput.storable("--data", data);
        return target.run(spec, "message", v -> GlobalUpdates.message(v, d));
    }
}
