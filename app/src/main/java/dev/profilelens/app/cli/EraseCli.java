package dev.profilelens.app.cli;

import dev.profilelens.app.env.Environment;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.erase.ErasePlace;
import dev.profilelens.core.erase.ErasePlan;
import dev.profilelens.core.erase.EraseScope;
import dev.profilelens.core.erase.ErasureRequest;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.store.ProfileSource;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The erase command's helpers: its checks, the ordered and mirror sources it opens, and the plan's lines. */
final class EraseCli {
    /** The log a dry run gets: it never writes, so anything recorded is a bug. */
    static final AuditLog DRY_RUN_LOG = new AuditLog() {
        @Override
        public void record(AuditEntry entry) {
            throw new IllegalStateException("a dry run writes nothing");
        }

        @Override
        public List<AuditEntry> query(@Nullable String key,
                                                                java.time.@Nullable Instant since, int limit) {
            return List.of();
        }
    };

    private EraseCli() {
    }

    static void requireRun(ErasureRequest req, @Nullable String reason, @Nullable String confirm) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("erase needs --reason TEXT (the request or ticket; it goes into the audit "
                    + "log and the report)", "--reason");
        }
        if (!req.confirmation().equals(confirm)) {
            throw new InvalidInputException("An erase deletes the user's data: type --confirm " + req.confirmation()
                    + " to go on (or --dry-run to see the plan)", "--confirm");
        }
    }

    static void printPlan(ErasePlan plan, PrintWriter out, PrintWriter err) {
        for (ErasePlace p : plan.places()) {
            out.println(RobloxJson.nodes().objectNode().put("userId", p.userId())
                    .put("type", p.kind().name().toLowerCase(Locale.ROOT)).put("store", p.store())
                    .put("scope", p.scope()).put("key", p.key()).put("dialect", p.dialect()).put("via", p.via())
                    .put("lock", p.lock()));
        }
        for (var h : plan.review()) {
            err.println("review (not deleted): " + h.ref() + " mentions " + h.userId() + " at "
                    + String.join(", ", h.paths()));
        }
        if (!plan.isEmpty()) {
            plan.notes().forEach(n -> err.println("note: " + n));
            err.println(plan.places().size() + " place(s) to erase");
        }
        out.flush();
    }

    /** The connection's ordered stores (none when the source kind has none) and the mirror to scan. */
    record Extras(@Nullable OrderedSource ordered, @Nullable ProfileSource mirror) implements AutoCloseable {
        static Extras open(Environment env, String spec, EraseScope scope, boolean readOnly) {
            ProfileSource m = scope.openMirror(env.providers());
            return new Extras(MirrorOrdered.open(env, spec, readOnly), m);
        }

        @Override
        public void close() {
            if (ordered != null) {
                ordered.close();
            }
            if (mirror != null) {
                mirror.close();
            }
        }
    }
}
