package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.diff.JsonDiff;
import dev.profilelens.core.error.InvalidInputException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens diff OLD NEW}: the RFC 6902 patch turning OLD into NEW ({@code []} when equal). */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Print the RFC 6902 JSON Patch that turns OLD into NEW ([] when they are equal). "
                + "Arrays are compared element by element.")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "Original value (JSON); '-' reads standard input.")
    String oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "Changed value (JSON); '-' reads standard input.")
    String newFile;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        JsonNode before = finite(CliInput.json(oldFile, System.in), oldFile);
        JsonNode after = finite(CliInput.json(newFile, System.in), newFile);
        spec.commandLine().getOut().println(RobloxJson.prettyReport(JsonDiff.diff(before, after)));
        return 0;
    }

    /** A patch cannot carry NaN or an infinity (JSON has neither; Roblox stores neither): exit 2 naming where. */
    private static JsonNode finite(JsonNode value, String file) {
        try {
            Validator.checkFinite(value);
        } catch (InvalidInputException e) {
            throw e.within(file);
        }
        return value;
    }
}
