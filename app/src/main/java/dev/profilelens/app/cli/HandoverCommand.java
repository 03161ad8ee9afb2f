package dev.profilelens.app.cli;

import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.store.EntryRef;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code profilelens handover STORE KEY --reason TEXT --confirm KEY [--timeout SECONDS]}: asks the live owner to
 * release the profile through the library's own force-load request (ADR 0092). One JSON line per step.
 */
@Command(name = "handover", mixinStandardHelpOptions = true,
        description = {"Ask the live owner to release the profile (the player is disconnected) through the library's "
                + "own force-load request; never a steal.",
            "Prints one JSON line per step (requested, released, withdrawn). Exit 0 once the profile is free "
                + "(nothing else written), 5 when the owner did not release in time (the request is withdrawn)."})
final class HandoverCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KeyArgs target;

    @Option(names = "--reason", required = true, description = "Why (recorded in the audit log).")
    String reason;

    @Option(names = "--confirm", required = true, paramLabel = "KEY", description = "The key typed again.")
    String confirm;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long to wait for the release (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Mixin
    SourceOption source;

    @Override
    public Integer call() {
        EntryRef ref = target.ref();
        LiveEdit.requireConfirmed(ref, confirm);
        PrintWriter out = spec.commandLine().getOut();
        try (WriteSession session = WriteSession.open(source.env, source.spec)) {
            Handover h = session.handover();
            Handover.Request r = h.request(ref, reason);
            Handover.Step last = h.await(r, Duration.ofSeconds(timeoutSeconds), LiveEdit.POLL, () -> false, reason,
                    s -> out.println(RobloxJson.nodes().objectNode()
                            .put("step", s.name().toLowerCase(Locale.ROOT)).put("key", ref.key())
                            .put("expectedBy", r.expectedBy() == null ? null : r.expectedBy().toString())
                            .toString()));
            out.flush();
            return switch (last) {
                case RELEASED -> 0;
                case TAKEN_BY_ANOTHER -> {
                    spec.commandLine().getErr().println("error: another server loaded " + ref.key()
                            + " as soon as it was released; it is live again");
                    yield 4;
                }
                default -> {
                    spec.commandLine().getErr().println("error: the owner did not release " + ref.key() + " within "
                            + timeoutSeconds + " s; the request was withdrawn" + overdue(r.expectedBy()));
                    yield 5;
                }
            };
        }
    }

    /** What the owner's silence suggests when its next autosave was due before the request (as the window says). */
    private String overdue(@Nullable Instant due) {
        Instant now = source.env.clock().instant();
        if (due == null || !due.isBefore(now)) {
            return "";
        }
        return "; its next save was due at " + due + " (" + Duration.between(due, now).toSeconds() + " s overdue): "
                + "the server may have stopped. Once its lock is stale (30 minutes without a save), "
                + "'profilelens unlock' clears it";
    }
}
