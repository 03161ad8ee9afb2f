package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.edit.EditRequest;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.intent.Intent;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code profilelens edit STORE KEY --reason TEXT INTENT…}: intents applied to the latest stored value inside the
 * conditional-write loop (cli.md "Live-ops commands", ADR 0090). On a live profile: exit 4, or deliver the intents as
 * a global update / message ({@code --deliver}), or hand the profile over first ({@code --handover}).
 */
@Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Apply intents to the latest stored value: what a server changed meanwhile is kept.",
            "Prints {\"written\", \"before\", \"after\", \"intents\", \"conflicts\"}. Exit 3 when an intent cannot "
                + "apply (path gone, type changed, item not found), 4 when a live session owns the profile unless "
                + "--deliver or --handover is given."})
final class EditCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KeyArgs target;

    @Option(names = "--reason", required = true, description = "Why (recorded in the audit log).")
    String reason;

    @Mixin
    IntentOptions intentOptions;

    @Option(names = "--dry-run", description = "Apply to the latest value and print the result; write nothing.")
    boolean dryRun;

    @Option(names = "--deliver", paramLabel = "TEMPLATE",
            description = "On a live profile, send the intents as global updates (ProfileService) / messages "
                    + "(ProfileStore) built from TEMPLATE: a template file, or 'sandbox' for the sandbox's own.")
    String deliver;

    @Option(names = "--handover", description = "On a live profile, ask the owner to release it (the player is "
            + "disconnected), then apply the intents. Needs --confirm KEY.")
    boolean handover;

    @Option(names = "--confirm", paramLabel = "KEY", description = "The key typed again, for --handover.")
    String confirm;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long --deliver follows the delivery / --handover waits (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--offline", description = "DataStore2 players (ds2:MASTER/USERID): state that the player is "
            + "not in a game. DataStore2 has no session lock; without this nothing is written (exit 4).")
    boolean offline;

    @Mixin
    Ds2Options ds2;

    @Mixin
    SourceOption source;

    @Override
    public Integer call() {
        List<Intent> intents = intentOptions.intents();
        if (target.ds2Address() != null) {
            if (deliver != null || handover) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--deliver and --handover need "
                        + "a session lock; DataStore2 has none (use --offline once the player has left)");
            }
            return new Ds2Writes(source, ds2, spec.commandLine().getOut(), spec.commandLine().getErr())
                    .run(target.ds2Address(), r -> intents, reason, "ds2-edit", offline, dryRun);
        }
        if (deliver != null && handover) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Choose one of --deliver and --handover");
        }
        EditRequest request = EditRequest.of(target.ref(), intents, reason);
        if (dryRun) {
            request = request.asDryRun();
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (WriteSession session = WriteSession.open(source.env, source.spec)) {
            SaveResult result = session.useCase().save(request);
            ObjectNode json = ResultJson.of(intents, result);
            boolean live = result instanceof SaveResult.Refused r
                    && r.reason() == SaveResult.Refused.Reason.LIVE_SESSION;
            Duration timeout = Duration.ofSeconds(timeoutSeconds);
            if (live && deliver != null) {
                return new LiveEdit(session, target.ref(), reason, err).deliver(intents, deliver, dryRun, timeout,
                        json, out);
            }
            if (live && handover) {
                return new LiveEdit(session, target.ref(), reason, err).handover(request, confirm, timeout, out);
            }
            out.println(json.toString());
            if (result.exitCode() != 0) {
                err.println("error: " + result.message());
            } else {
                err.println(result.message());
            }
            return result.exitCode();
        }
    }
}
