package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.error.InvalidInputException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens validate FILE}: exit 0, or exit 2 naming the first offending JSON path. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a value against Roblox's DataStore rules (NaN/inf, nil in tables, size, UserIds, "
                + "RobloxMetaData). Exit 2 names the first offending JSON path.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Value (JSON); '-' reads standard input.")
    String file;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        JsonNode value = CliInput.json(file, System.in);
        try {
            Validator.validateStored(value);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println("ok: " + file + " is a valid DataStore value");
        return 0;
    }
}
