package dev.profilelens.app.cli;

import dev.profilelens.core.erase.EraseOptions;
import dev.profilelens.core.erase.ErasePlan;
import dev.profilelens.core.erase.EraseScope;
import dev.profilelens.core.erase.Erasure;
import dev.profilelens.core.erase.ErasureRequest;
import dev.profilelens.core.erase.PlaceOutcome.Status;
import dev.profilelens.core.erase.PlaceUniverses;
import dev.profilelens.core.erase.WebhookBody;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.store.ProfileSource;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens erase USERID… --reason TEXT --confirm USERID [--dry-run] [--request FILE]} (cli.md). */
@Command(name = "erase", mixinStandardHelpOptions = true,
        description = {"Right to erasure: find every key that holds the user (key templates in every store and scope, "
                + "keys whose UserIds list the user, DataStore2 per-player stores with their ordered entries, ordered "
                + "leaderboards keyed by the UserId) and delete them through the save pipeline: a profile a live "
                + "server owns is handed over (or waited for), never deleted under it; every delete is in the audit "
                + "log; after the deletes every place is read again for re-creation.",
            "Prints one JSON line per place (the plan); --dry-run stops there. A run then prints the report JSON and "
                + "stores it (JSON + text) in the erasure folder beside the audit log. Exit 2 when nothing matches "
                + "(stderr says what was searched) or the request is malformed or wrongly signed, 3 when a server "
                + "re-created a key, 4 when a live server kept a profile, 5 when a delete failed or was cancelled."})
final class EraseCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SourceOption source;

    @Parameters(arity = "0..*", paramLabel = "USERID", description = "The users to erase (or --request).")
    List<String> userIds = new ArrayList<>();

    @Option(names = "--request", paramLabel = "FILE", description = "A RightToErasureRequest webhook body ('-' for "
            + "stdin); its signature (--signature) is checked with the secret in " + WebhookBody.SECRET_ENV + ".")
    @Nullable String request;

    @Option(names = "--signature", paramLabel = "HEADER", description = "The request's roblox-signature header value "
            + "(t=…,v1=…).")
    @Nullable String signature;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (recorded in the audit log and the report).")
    @Nullable String reason;

    @Option(names = "--confirm", paramLabel = "USERID", description = "The UserId(s) typed again, comma-separated.")
    @Nullable String confirm;

    @Option(names = "--dry-run", description = "Only list what would be deleted.")
    boolean dryRun;

    @Option(names = "--ordered", split = ",", paramLabel = "STORE", description = "Ordered leaderboards to search "
            + "(besides those the source can list).")
    List<String> ordered = new ArrayList<>();

    @Option(names = "--mirror", paramLabel = "sqlite:PATH", description = "A local copy to scan for other values "
            + "naming the user (listed for review, never deleted).")
    @Nullable String mirror;

    @Option(names = "--places", paramLabel = "PLACE=UNIVERSE,…", description = "Which universe each start place of "
            + "the request belongs to.")
    @Nullable String places;

    @Option(names = "--no-handover", description = "Wait for live owners instead of asking them to release.")
    boolean noHandover;

    @Option(names = "--live-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long to wait for a live owner per profile (default ${DEFAULT-VALUE}).")
    long liveTimeout;

    @Option(names = "--recheck-after", paramLabel = "SECONDS", defaultValue = "35",
            description = "Read every deleted place again after this long (default ${DEFAULT-VALUE}).")
    long recheckAfter;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        ErasureRequest req = request();
        EraseScope scope = EraseScope.parse(places, ordered, mirror, EraseScope.Fields.CLI);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!dryRun) {
            EraseCli.requireRun(req, reason, confirm);
        }
        try (WriteSession session = dryRun ? null : WriteSession.open(source.env, source.spec);
             ProfileSource readOnly = dryRun ? source.openReadOnly() : null;
             EraseCli.Extras extras = EraseCli.Extras.open(source.env, source.spec, scope, dryRun)) {
            WriteSession writes = dryRun ? null : Objects.requireNonNull(session, "opened for a run");
            ProfileSource s = writes == null ? Objects.requireNonNull(readOnly, "opened for a dry run")
                    : writes.source();
            Erasure erasure = new Erasure(s, extras.ordered(), scope.leaderboards(), writes == null
                    ? EraseCli.DRY_RUN_LOG : writes.audit(), writes == null || noHandover ? null : writes.handover(),
                    source.env.clock(), source.env.user(), source.spec, source.env.home());
            ErasePlan plan = erasure.plan(req, scope.places(), PlaceUniverses.universeOfSpec(source.spec),
                    extras.mirror());
            EraseCli.printPlan(plan, out, err);
            if (plan.isEmpty()) {
                err.println(plan.emptyExplanation());
                return 2;
            }
            if (dryRun) {
                return 0;
            }
            Erasure.Result r = erasure.run(plan, Objects.requireNonNull(confirm, "checked by requireRun"),
                    Objects.requireNonNull(reason, "checked by requireRun"), new EraseOptions(!noHandover,
                    Duration.ofSeconds(liveTimeout), LiveEdit.POLL, Duration.ofSeconds(recheckAfter)),
                    p -> err.println("erase: " + p.done() + "/" + p.total() + " " + p.stage()), () -> false);
            out.println(r.report().toJson());
            err.print(r.report().toText());
            err.println("report: " + r.json() + " (and .txt)");
            return r.report().count(Status.RECREATED) > 0 ? 3 : r.report().count(Status.LIVE) > 0 ? 4
                    : r.report().complete() ? 0 : 5;
        }
    }

    private ErasureRequest request() {
        if (request != null) {
            if (!userIds.isEmpty()) {
                throw new InvalidInputException("Give either USERID or --request, not both", "--request");
            }
            return WebhookBody.verifyAndRead(CliInput.read(request, System.in), signature,
                    WebhookBody.configuredSecret(source.env.variables(), source.env.home()));
        }
        if (userIds.isEmpty()) {
            throw new InvalidInputException("erase needs a USERID (or --request FILE)", "USERID");
        }
        return ErasureRequest.typed(String.join(",", userIds), "USERID");
    }
}
