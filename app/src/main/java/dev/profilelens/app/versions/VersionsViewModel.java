package dev.profilelens.app.versions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.editor.Saver;
import dev.profilelens.app.history.HistoryResults;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.app.widgets.Plurals;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.restore.HistoryPlan;
import dev.profilelens.core.restore.HistoryUseCase;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The versions of one key: listed newest first with who wrote each through ProfileLens (from the audit log), any
 * two compared (or one with the value stored now), and a restore of the whole version or of chosen paths: first a
 * preview (value now → restored value per path), then written as intents through the one history use case.
 */
public final class VersionsViewModel {
    static final int LIMIT = 200;
    private final ConnectionSession session;
    private final EntryRef ref;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Saver saver;
    private final ObservableList<VersionRow> versions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private String lastAction = "";

    public VersionsViewModel(ConnectionSession session, EntryRef ref, TaskExecutor tasks, DialogService dialogs,
                         Saver saver) {
        this.session = session;
        this.ref = ref;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.saver = saver;
    }

    public void load() {
        status.set("listing versions…");
        tasks.execute(BackgroundTask.of("List versions of " + ref.key(), () -> {
            List<VersionInfo> list = session.source().listVersions(ref, VersionQuery.newestFirst(), null, LIMIT)
                    .items();
            List<AuditEntry> writes = writes();
            String name = session.connection().name();
            return new Listed(VersionAuthors.join(list, writes == null ? List.of() : writes, ref, name),
                    writes != null, writes == null ? 0 : VersionAuthors.dropped(list, writes, ref, name));
        }).onSuccess(listed -> {
            List<VersionRow> rows = listed.rows();
            versions.setAll(rows);
            long ours = rows.stream().filter(r -> r.write() != null).count();
            status.set((lastAction.isEmpty() ? "" : lastAction + " · ") + rows.size() + " versions"
                    + (rows.size() == LIMIT ? " (newest " + LIMIT + ")" : "") + " · " + (listed.authorsKnown()
                    ? ours + " written through ProfileLens" : "authors unknown: the audit log could not be read")
                    + (listed.dropped() == 0 ? "" : " · " + Plurals.of(listed.dropped(), "more ProfileLens write is",
                    "more ProfileLens writes are") + " no longer kept (superseded within "
                    + "the hour it was written; the audit log has " + (listed.dropped() == 1 ? "it" : "them") + ")"));
        }).onFailure(e -> dialogs.showError("Could not list the versions of " + ref.key(), e)), session.lane());
    }

    /** The audit log's writes of this key; null when the log cannot be read (only the authors are lost). */
    private @Nullable List<AuditEntry> writes() {
        try {
            return saver.auditLog().query(AuditQuery.newest(LIMIT * 5).withKey(ref.key()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The versions with their authors, whether the audit log could be read, and how many of this connection's writes
     * made a version no longer listed.
     */
    private record Listed(List<VersionRow> rows, boolean authorsKnown, long dropped) {
    }

    /** Compares {@code older} with {@code newer}, or with the value stored now when {@code newer} is null. */
    public void compare(VersionInfo older, @Nullable VersionInfo newer) {
        tasks.execute(BackgroundTask.of("Compare versions", () -> {
            JsonNode a = value(older.version());
            JsonNode b = newer == null ? session.source().read(ref).map(e -> RobloxJson.parse(e.value()))
                    .orElse(RobloxJson.nodes().nullNode()) : value(newer.version());
            return new Comparison("version " + older.version(), RobloxJson.pretty(a),
                    newer == null ? "stored now" : "version " + newer.version(), RobloxJson.pretty(b),
                    CompareRows.changed(a, b), CompareRows.all(a, b));
        }).onSuccess(comparison::set).onFailure(e -> dialogs.showError("Could not compare", e)), session.lane());
    }

    /**
     * Works out what restoring {@code version} (whole when {@code paths} is empty) would change in the value stored
     * now, and hands the plan to {@code show} on the FX thread; nothing is written.
     */
    public void preview(VersionInfo version, List<String> paths, boolean dropGlobalUpdates,
                        Consumer<HistoryPlan> show) {
        if (!session.connection().writable()) {
            dialogs.showError("Not restored", new InvalidInputException(session.connection().name()
                    + " is read-only"));
            return;
        }
        tasks.execute(BackgroundTask.of("Preview the restore of " + ref.key(), () -> history()
                .restore(ref, version.version(), paths, dropGlobalUpdates))
                .onSuccess(show::accept)
                .onFailure(e -> dialogs.showError("Cannot restore — nothing was written", e)), session.lane());
    }

    /**
     * Writes a previewed restore: its intents are applied to the latest value (lock, load count and mailbox stay as
     * stored now); a path changed since the preview is a conflict, never overwritten.
     */
    public void restore(HistoryPlan plan, String reason, @Nullable String typedKey, Consumer<SaveResult> done) {
        tasks.execute(BackgroundTask.of("Restore " + ref.key(), () -> history().apply(plan, reason, typedKey, false))
                .onSuccess(r -> {
                    if (HistoryResults.failed(r)) {
                        status.set("not restored: " + r.message());
                        dialogs.showError("Not restored — nothing was written", HistoryResults.error(r));
                    } else {
                        lastAction = r instanceof SaveResult.Written w ? "restored: now version "
                                + w.versionAfter() : "nothing to restore: the stored value already matches";
                        status.set(lastAction);
                        load();
                    }
                    done.accept(r);
                }).onFailure(e -> dialogs.showError("Not restored — nothing was written", e)), session.lane());
    }

    private HistoryUseCase history() {
        return new HistoryUseCase(session.source(), saver.pipeline(session).useCase());
    }

    private JsonNode value(String version) {
        return RobloxJson.parse(session.source().readVersion(ref, version).orElseThrow(() ->
                new InvalidInputException("Version " + version + " of " + ref.key() + " is not kept any more"))
                .value());
    }

    public EntryRef ref() {
        return ref;
    }

    public ObservableList<VersionRow> versions() {
        return versions;
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
