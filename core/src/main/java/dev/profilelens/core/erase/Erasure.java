package dev.profilelens.core.erase;

import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.find.StoreCatalog;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.ProfileSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The right-to-erasure use case, shared by the CLI ({@code profilelens erase}) and the app (Tools → Right to
 * erasure…): check the request's places, plan, then run behind the typed confirmation and store the report with the
 * audit log. Blocking: run on the connection's lane, never on the FX thread.
 */
public final class Erasure {
    private final ProfileSource source;
    private final ErasePlanner planner;
    private final EraseRunner runner;
    private final ReportFiles reports;
    private final Clock clock;

    /** {@code handover}: null to only wait for live owners; {@code dataDirectory}: where the audit log lives. */
    public Erasure(ProfileSource source, @Nullable OrderedSource ordered, List<OrderedStoreRef> leaderboards,
                   AuditLog audit, @Nullable Handover handover, Clock clock, String user, String connection,
                   Path dataDirectory) {
        this.source = source;
        this.planner = new ErasePlanner(source, ordered, new StoreCatalog(source, Map.of()), leaderboards, clock);
        this.runner = new EraseRunner(source, ordered, audit, handover, clock, user, connection);
        this.reports = new ReportFiles(dataDirectory);
        this.clock = clock;
    }

    /** The plan; the request's start places are checked against {@code universe} first (bad input if foreign). */
    public ErasePlan plan(ErasureRequest request, PlaceUniverses places, @Nullable Long universe,
                          @Nullable ProfileSource mirror) {
        List<String> notes = places.check(request, universe);
        return planner.plan(request, mirror, notes);
    }

    /** A finished run: the report and where it was stored. */
    public record Result(EraseReport report, Path json) {
    }

    /** Runs the plan (see {@link EraseRunner#run}) and stores the report, also after a partial run. */
    public Result run(ErasePlan plan, String confirmation, String reason, EraseOptions options,
                      Consumer<EraseProgress> progress, BooleanSupplier cancelled) {
        String name = ReportFiles.name(plan.request(), Instant.now(clock));
        EraseReport report = runner.run(plan, confirmation, reason, ReportFiles.FOLDER + "/" + name + ".json",
                options, progress, cancelled);
        return new Result(report, reports.write(name, report));
    }

    public ProfileSource source() {
        return source;
    }
}
