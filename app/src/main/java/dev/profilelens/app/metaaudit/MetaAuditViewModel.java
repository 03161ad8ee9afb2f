package dev.profilelens.app.metaaudit;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.app.team.TeamAccess;
import dev.profilelens.app.team.TeamConfig;
import dev.profilelens.core.audit.index.AuditIndex;
import dev.profilelens.core.audit.index.GroupCount;
import dev.profilelens.core.audit.index.IndexFilter;
import dev.profilelens.core.audit.index.IndexFilters;
import dev.profilelens.core.audit.index.IndexRow;
import dev.profilelens.core.audit.index.MetaTagScan;
import dev.profilelens.core.audit.index.ScanBusyException;
import dev.profilelens.core.audit.index.ScanProgress;
import dev.profilelens.core.audit.index.ScanResult;
import dev.profilelens.core.audit.index.ScanSpec;
import dev.profilelens.core.audit.index.ScanState;
import dev.profilelens.core.audit.index.Sleeper;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Audit;
import dev.profilelens.core.store.BudgetStatus;
import dev.profilelens.core.store.RequestBudget;
import dev.profilelens.core.team.TeamSession;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * A MetaTag audit over one connection: scan a store (or prefix) into a local SQLite index at half the request
 * budget, with progress, ETA, cancel and resume (a cancelled scan continues where it stopped); then filter rows,
 * count values per path for the chart, and export CSV. Everything heavy runs on the TaskExecutor.
 */
public final class MetaAuditViewModel implements AutoCloseable {
    static final int ROWS = 1_000;
    private final ConnectionSession session;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Path dataDir;
    private final Executor ui;
    private final MetaTagScan scans;
    private final Clock clock;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<IndexRow> rows = FXCollections.observableArrayList();
    private final ObservableList<GroupCount> groups = FXCollections.observableArrayList();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private volatile @Nullable Thread worker;
    private volatile @Nullable RequestBudget budget;
    private long lastDone;
    private @Nullable Long lastTotal;
    /** Shown with query results while the index holds a scan cut short ("partial result: ..."). */
    private String scanNote = "";
    private @Nullable AuditIndex index;
    private @Nullable TeamSession team;
    private final TeamAccess teamAccess;
    /** A teammate's scan of the shared index this window follows instead of scanning twice. */
    private @Nullable FollowedScan followed;

    /**
     * {@code team}: this person's team database (Settings → Team), whose shared index is used when one is set up;
     * else the index is a file under {@code dataDir}.
     */
    public MetaAuditViewModel(ConnectionSession session, TaskExecutor tasks, DialogService dialogs, Path dataDir,
                          Executor ui, TeamAccess team, Clock clock) {
        this.teamAccess = team;
        this.clock = clock;
        this.scans = new MetaTagScan(session.providers().auditIndex(), clock, Sleeper.real());
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.dataDir = dataDir;
        this.ui = ui;
    }

    /** Scans {@code store} under {@code prefix} for {@code paths} (every MetaTag when empty). */
    public void scan(String store, String prefix, List<String> paths) {
        ScanSpec spec = new ScanSpec(store, "global", prefix, paths.isEmpty() ? List.of(ScanSpec.ALL_META_TAGS)
                : paths);
        cancel.set(false);
        scanNote = "";
        running.set(true);
        status.set("scanning " + spec.describe() + "…");
        tasks.execute(BackgroundTask.of("Scan " + store, () -> {
            worker = Thread.currentThread();
            budget = session.source().capabilities().budget();
            try {
                if (Ds2Address.isAddress(store)) {
                    // DataStore2 players (ds2:MASTER): each player's latest value, as profilelens audit does
                    return Ds2Audit.scan(scans, session.source(), () -> session.providers().openOrdered(
                            session.connection().spec(), Map.of("readOnly", "true")), store, prefix, spec,
                            index(spec), 100, p -> ui.execute(() -> showProgress(p)), cancel::get);
                }
                return scans.run(session.source(), spec, index(spec), 100, p -> ui.execute(() -> showProgress(p)),
                        cancel::get);
            } finally {
                worker = null;
                Thread.interrupted(); // a cancel that came as the scan ended must not leak into the next task
            }
        }).onSuccess((ScanResult r) -> {
            scanNote = r.finished() ? "" : BudgetStatus.partial(r.done(), r.total(), "keys indexed (cancelled)")
                    + " — Scan again to resume";
            status.set((r.finished() ? "indexed " + r.done() + " of " + r.total() + " keys" : scanNote)
                    + (r.resumed() ? " (resumed)" : ""));
            query(List.of(), null);
        }).onFailure(e -> {
            ScanBusyException busy = busy(e);
            if (busy != null && !cancel.get()) {
                follow(busy);
            } else if (cancel.get()) {
                scanNote = BudgetStatus.partial(lastDone, lastTotal, "keys indexed (cancelled while waiting)")
                        + " — Scan again to resume";
                status.set(scanNote);
                query(List.of(), null);
            } else {
                dialogs.showError("The scan stopped", e);
                // a shared index refused (a viewer, or a teammate's scan running) still shows what it holds
                query(List.of(), null);
            }
        }).onFinished(() -> running.set(followed != null)));
    }

    private static @Nullable ScanBusyException busy(@Nullable Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ScanBusyException b) {
                return b;
            }
        }
        return null;
    }

    /** Someone else runs this scan: show their progress (rate, time left), then their results. */
    private synchronized void follow(ScanBusyException busy) {
        AuditIndex idx = index;
        if (idx == null) {
            return;
        }
        String by = busy.scanner();
        status.set(by + " is running this scan; following it (the index is shared, no need to scan twice)");
        followed = FollowedScan.start(idx, clock, ui, new FollowedScan.Reports() {
            @Override
            public void progress(ScanProgress p) {
                progress.set(p.fraction());
                status.set(String.format("%s is scanning: %d/%d keys · %.0f keys/s%s", by, p.done(), p.total(),
                        p.perSecond(), p.eta() == null ? "" : " · ETA " + p.eta().toSeconds() + " s"));
            }

            @Override
            public void finished(ScanState s) {
                stopFollowing();
                progress.set(1);
                scanNote = "indexed by " + by + "'s scan (" + s.done() + " keys)";
                query(List.of(), null);
            }

            @Override
            public void failed(RuntimeException e) {
                stopFollowing();
                dialogs.showError("Stopped following " + by + "'s scan", e);
            }
        });
        running.set(true);
    }

    private synchronized void stopFollowing() {
        if (followed != null) {
            followed.close();
            followed = null;
        }
        running.set(false);
    }

    private synchronized AuditIndex index(ScanSpec spec) {
        if (index != null) {
            index.close();
        }
        Optional<TeamConfig> config = teamAccess.config();
        if (config.isPresent()) {
            // a team scans once into the shared index; everyone queries it (the database allows one scan at a time)
            if (team == null) {
                team = teamAccess.open(config.get());
            }
            index = team.index(session.source().describe() + "\n" + spec.describe());
        } else {
            index = scans.open(scans.defaultFile(dataDir, session.source(), spec));
        }
        return index;
    }

    private void showProgress(ScanProgress p) {
        lastDone = p.done();
        lastTotal = (long) p.total();
        progress.set(p.fraction());
        status.set(String.format("scanning %d/%d keys · %.0f keys/s%s", p.done(), p.total(), p.perSecond(),
                p.eta() == null ? "" : " · ETA " + p.eta().toSeconds() + " s"));
    }

    /** Stops the scan within a second, also while it waits for the request budget or a retry. */
    public void cancel() {
        if (followed != null) {
            stopFollowing();
            status.set("Stopped following; the teammate's scan goes on and its results show on the next query");
            return;
        }
        cancel.set(true);
        Thread w = worker;
        if (w != null) {
            w.interrupt();
        }
    }

    /** The connection's request budget while a scan runs (null before, or for local files). */
    public @Nullable RequestBudget budget() {
        return budget;
    }

    /** Rows matching {@code filterLines} (one filter per entry) and the value counts of {@code groupPath}. */
    public void query(List<String> filterLines, @Nullable String groupPath) {
        AuditIndex idx = index;
        if (idx == null) {
            return;
        }
        tasks.execute(BackgroundTask.of("Query the audit index", () -> {
            List<IndexFilter> filters = IndexFilters.parse(filterLines);
            List<String> cols = idx.paths();
            String group = groupPath != null ? groupPath : cols.isEmpty() ? null : cols.get(0);
            return new Result(cols, idx.rows(filters, cols, 0, ROWS), idx.count(filters),
                    group == null ? List.of() : idx.groupBy(group, filters));
        }).onSuccess(r -> {
            if (!columns.equals(r.columns())) {
                columns.setAll(r.columns());
            }
            rows.setAll(r.rows());
            groups.setAll(r.groups());
            status.set(r.count() + " matching profiles" + (r.count() > ROWS ? " (first " + ROWS + " shown)" : "")
                    + (scanNote.isEmpty() ? "" : " · " + scanNote));
        }).onFailure(e -> dialogs.showError("Could not query the index", e)));
    }

    /** Writes every matching profile as CSV, in the background. */
    public void exportCsv(List<String> filterLines, Path file) {
        AuditIndex idx = index;
        if (idx == null) {
            return;
        }
        tasks.execute(BackgroundTask.of("Export CSV", () -> {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                return idx.exportCsv(IndexFilters.parse(filterLines), idx.paths(), w);
            }
        }).onSuccess(n -> status.set("exported " + n + " profiles to " + file))
                .onFailure(e -> dialogs.showError("Could not export to " + file, e)));
    }

    private record Result(List<String> columns, List<IndexRow> rows, long count, List<GroupCount> groups) {
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<IndexRow> rows() {
        return rows;
    }

    public ObservableList<GroupCount> groups() {
        return groups;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public synchronized void close() {
        cancel.set(true);
        if (followed != null) {
            followed.close();
            followed = null;
        }
        if (index != null) {
            index.close();
            index = null;
        }
        if (team != null) {
            team.close();
            team = null;
        }
    }
}
