package dev.profilelens.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.Sleeper;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.mirror.CopyBack;
import dev.profilelens.core.mirror.CopyItem;
import dev.profilelens.core.mirror.CopyPlan;
import dev.profilelens.core.store.ProfileSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens mirror copy-back --from sqlite:PATH --source DEST --reason TEXT [--dry-run] …}. */
@Command(name = "copy-back", mixinStandardHelpOptions = true,
        description = {"Copy a mirror back to its source or into another universe (--source). The dry run "
                + "(--dry-run) prints one JSON line per key with its plan: create (missing at the destination), "
                + "same, conflict (exists with other content) or live (a server owns it), then the counts.",
            "The run creates missing keys (with --versions: every mirrored version in order) and, with "
                + "--overwrite, writes conflicting keys only if they are unchanged since they were read; live "
                + "profiles are never written. Every write goes to the audit log with the reason."})
final class CopyBackCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SourceOption source;

    @Option(names = "--from", required = true, paramLabel = "sqlite:PATH", description = "The mirror to copy.")
    String from;

    @Option(names = "--stores", split = ",", paramLabel = "S", description = "Only these stores (default: all).")
    List<String> stores = new ArrayList<>();

    @Option(names = "--prefix", defaultValue = "", paramLabel = "P", description = "Only keys starting with P.")
    String prefix;

    @Option(names = "--versions", description = "Write every mirrored version of a new key, oldest first.")
    boolean versions;

    @Option(names = "--overwrite", description = "Also write keys that exist with other content (conditional).")
    boolean overwrite;

    @Option(names = "--dry-run", description = "Only print the plan and counts; write nothing.")
    boolean dryRun;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (recorded in the audit log).")
    @Nullable String reason;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        if (!from.startsWith("sqlite:")) {
            throw new InvalidInputException("--from takes sqlite:PATH (a mirror made by profilelens mirror)", "--from");
        }
        if (!dryRun && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("--reason is required to copy (it goes to the audit log)", "--reason");
        }
        PrintWriter out = spec.commandLine().getOut();
        AuditLog audit = WriteSession.openAuditLog(source.env);
        try (ProfileSource mirror = source.env.providers().openSource(from, Map.of("readOnly", "true"));
             ProfileSource dest = dryRun ? source.openReadOnly() : source.open()) {
            RequestPacer pacer = new RequestPacer(dest.capabilities().budget(), MirrorCommand.BUDGET_SHARE,
                    source.env.clock(), Sleeper.real());
            CopyBack copy = new CopyBack(mirror, dest, pacer, audit, source.env.clock(), source.env.user(),
                    source.spec);
            CopyPlan plan = copy.plan(stores, prefix);
            if (!dryRun) {
                plan = copy.run(plan, versions, overwrite, Objects.requireNonNull(reason, "checked above"),
                        () -> false);
            }
            plan.items().forEach(i -> out.println(line(i)));
            long orderedWritten = MirrorOrdered.copyBack(source.env, from, source.spec, stores, dryRun, overwrite,
                    reason, audit,
                    out);
            ObjectNode summary = RobloxJson.nodes().objectNode();
            summary.put("summary", dryRun ? "dry-run" : "done");
            plan.counts().forEach((a, n) -> summary.put(a.jsonName(), n));
            summary.put("written", plan.items().stream().filter(i -> i.outcome().startsWith("written")).count());
            summary.put("orderedWritten", orderedWritten);
            out.println(summary);
            boolean stale = plan.items().stream().anyMatch(i -> i.outcome().contains("changed since"));
            return stale ? 3 : 0;
        } finally {
            if (audit instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException("Could not close the audit log", e);
                }
            }
        }
    }

    private static ObjectNode line(CopyItem i) {
        ObjectNode o = RobloxJson.nodes().objectNode();
        o.put("store", i.ref().store());
        o.put("scope", i.ref().scope());
        o.put("key", i.ref().key());
        o.put("plan", i.action().jsonName());
        if (i.destVersion() == null) {
            o.putNull("destVersion");
        } else {
            o.put("destVersion", i.destVersion());
        }
        o.put("outcome", i.outcome());
        return o;
    }
}
