package dev.profilelens.app.cli;

import dev.profilelens.core.codec.InspectReport;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Inspect;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.ProfileReading;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens inspect FILE}: what a stored value is (cli.md). */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print what a stored value is: kind, dialect, lock, metadata, global updates (JSON).")
final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Stored value (JSON); '-' reads standard input; or a DataStore2 "
            + "player ds2:MASTER/USERID read from --source.")
    String file;

    @CommandLine.Mixin
    SourceOption source;

    @CommandLine.Mixin
    Ds2Options ds2;

    @Option(names = "--now", paramLabel = "EPOCH_SECONDS", description = "Judge lock ages at this time "
            + "(default: the clock).")
    Long now;

    @Option(names = "--dialect", paramLabel = "profileservice|profilestore|profileservice-plus|datastore2",
            description = "Judge the lock with this library's dead-lock age instead of the one detected; datastore2 "
                    + "reads FILE as a DataStore2 value (no lock; kind corrupt when it breaks DataStore2's rules).")
    String dialect;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        if (Ds2Address.isAddress(file)) {
            return Ds2Commands.inspect(source, ds2, file, spec.commandLine().getOut());
        }
        ProfileReading reading;
        byte[] bytes = CliInput.read(file, System.in);
        if (dialect != null && dialect.equalsIgnoreCase(Dialect.DATASTORE2.jsonName())) {
            try {
                spec.commandLine().getOut().println(RobloxJson.prettyReport(
                        Ds2Inspect.ofValue(bytes)));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(file + ": " + e.getMessage());
            }
            return 0;
        }
        try {
            reading = ProfileCodec.read(bytes);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file + ": " + e.getMessage());
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
        throw new InvalidInputException("--dialect must be profileservice, "
                + "profilestore, profileservice-plus or datastore2, not \"" + name + "\"", "--dialect");
    }
}
