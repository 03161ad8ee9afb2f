package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.env.Environment;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.codec.Validator;
import dev.profilelens.core.edit.SaveOutcome;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.EntryRef;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * Where {@code global-update} and {@code message} work: {@code FILE} (prints the transformed value) or
 * {@code STORE KEY --reason TEXT} (writes it to the stored key with a conditional write, cli.md "Live-ops").
 */
final class MailboxTarget {
    private final Environment env;

    MailboxTarget(Environment env) {
        this.env = env;
    }

    @Parameters(arity = "1..2", paramLabel = "FILE | STORE KEY",
            description = "A stored value file ('-' = stdin; missing file = missing key), or a store and key.")
    List<String> where;

    @Option(names = "--reason", description = "Why (required with STORE KEY; recorded in the audit log).")
    String reason;

    @Option(names = "--scope", defaultValue = "global", description = "Scope (default: ${DEFAULT-VALUE}).")
    String scope;

    @Option(names = "--source", defaultValue = "sandbox", paramLabel = "SOURCE",
            description = "With STORE KEY: sandbox (default), sqlite:PATH, opencloud:UNIVERSE_ID[@URL].")
    String source;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    /** Runs the transform on the file or on the stored key and prints the result. */
    int run(CommandLine.Model.CommandSpec spec, String action, UnaryOperator<@Nullable JsonNode> op) {
        if (where.size() == 1) {
            if (reason != null) {
                throw new InvalidInputException("--reason is for STORE KEY; a FILE is only transformed and printed",
                        "--reason");
            }
            byte[] bytes = CliInput.readOrEmpty(where.get(0), System.in);
            String result;
            try {
                JsonNode next = op.apply(ProfileCodec.read(bytes).root());
                Validator.validateStored(next);
                result = RobloxJson.writeString(next);
            } catch (InvalidInputException e) {
                throw e.within(where.get(0));
            }
            spec.commandLine().getOut().println(result);
            return 0;
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("--reason is required when writing to STORE KEY", "--reason");
        }
        EntryRef ref = new EntryRef(where.get(0), scope, where.get(1));
        try (WriteSession session = WriteSession.open(env, source)) {
            SaveOutcome out = session.pipeline().update(ref, op, action, reason);
            JsonNode box = out.stored().path("GlobalUpdates");
            spec.commandLine().getOut().println(RobloxJson.nodes().objectNode()
                    .put("written", out.versionAfter()).put("key", ref.key())
                    .put("index", box.path(0).asLong()).toString());
            return 0;
        }
    }
}
