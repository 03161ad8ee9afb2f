package dev.profilelens.app.cli;

import dev.profilelens.core.codec.InspectReport;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.ProfileReading;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code profilelens inspect FILE}: what a stored value is (cli.md). */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print what a stored value is: kind, dialect, lock, metadata, global updates (JSON).")
final class InspectCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Stored value (JSON); '-' reads standard input.")
    String file;

    @Option(names = "--now", paramLabel = "EPOCH_SECONDS", description = "Judge lock ages at this time "
            + "(default: the clock).")
    Long now;

    @Option(names = "--dialect", paramLabel = "profileservice|profilestore|profileservice-plus",
            description = "Judge the lock with this library's dead-lock age instead of the one detected.")
    String dialect;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        ProfileReading reading;
        byte[] bytes = CliInput.read(file, System.in);
        try {
            reading = ProfileCodec.read(bytes);
        } catch (dev.profilelens.core.error.InvalidInputException e) {
            throw new dev.profilelens.core.error.InvalidInputException(file + ": " + e.getMessage());
        }
        Dialect d = dialect == null ? reading.dialect() : parseDialect(dialect);
        long at = now != null ? now : Instant.now().getEpochSecond();
        var lock = LockClassifier.classify(reading.meta(), d, at);
        spec.commandLine().getOut().println(RobloxJson.prettyReport(InspectReport.of(reading, lock)));
        return 0;
    }

    static Dialect parseDialect(String name) {
        try {
            Dialect d = Dialect.fromJsonName(name);
            if (d.isProfileLibrary()) {
                return d;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the clear message below
        }
        throw new dev.profilelens.core.error.InvalidInputException("--dialect must be profileservice, "
                + "profilestore or profileservice-plus, not \"" + name + "\"", "--dialect");
    }
}
