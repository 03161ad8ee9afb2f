package dev.profilelens.app.auditlog;

import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.editor.Saver;
import dev.profilelens.app.history.HistoryResults;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.restore.HistoryPlan;
import dev.profilelens.core.restore.HistoryUseCase;
import dev.profilelens.core.store.EntryRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jspecify.annotations.Nullable;

/**
 * The audit log viewer's state: the newest entries (loaded in the background, and again whenever the team log
 * announces a write), a filter over key, user, connection, action, reason, batch and status, export of what is
 * shown, and "revert this change" (anyone's confirmed write) through the save pipeline.
 */
public final class AuditLogViewModel {
    static final int LIMIT = 5_000;
    private final Saver saver;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Function<String, Optional<ConnectionSession>> sessions;
    private final ObservableList<AuditEntry> all = FXCollections.observableArrayList();
    private final FilteredList<AuditEntry> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final AtomicBoolean reloadPending = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicReference<@Nullable AutoCloseable> live = new AtomicReference<>();

    public AuditLogViewModel(Saver saver, TaskExecutor tasks, DialogService dialogs,
                         Function<String, Optional<ConnectionSession>> sessionsByConnectionName) {
        this.saver = saver;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.sessions = sessionsByConnectionName;
        filter.addListener((obs, old, f) -> applyFilter(f));
    }

    public void load() {
        status.set("loading…");
        refresh();
    }

    private void refresh() {
        tasks.execute(BackgroundTask.of("Read the audit log", () -> {
            reloadPending.set(false);
            return saver.auditLog().query(AuditQuery.newest(LIMIT));
        }).onSuccess(entries -> {
            all.setAll(entries);
            applyFilter(filter.get());
        }).onFailure(e -> dialogs.showError("Could not read the audit log", e)));
    }

    /**
     * Follows the log live: when someone records a write (a teammate, through the team database), the entries are
     * read again in the background; bursts are read once. A local log never announces changes.
     */
    public void startLive() {
        tasks.execute(BackgroundTask.of("Follow the audit log", () -> saver.auditLog().subscribe(() -> {
            if (reloadPending.compareAndSet(false, true)) {
                refresh();
            }
        })).onSuccess(handle -> {
            if (stopped.get()) {
                closeQuietly(handle);
                return;
            }
            closeQuietly(live.getAndSet(handle));
        }).onFailure(e -> status.set("not following live: " + e.getMessage())));
    }

    /** Stops following (the window closed). */
    public void stopLive() {
        stopped.set(true);
        closeQuietly(live.getAndSet(null));
    }

    private static void closeQuietly(@Nullable AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // the listener is gone either way
            }
        }
    }

    private void applyFilter(String f) {
        String needle = f == null ? "" : f.strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(e -> needle.isEmpty() || String.join(" ", e.key(), e.user(), e.displayName(),
                e.connection(), e.store(), e.action(), ActionNames.of(e), e.reason(), e.batch(), e.status().label())
                .toLowerCase(Locale.ROOT).contains(needle));
        status.set(shown.size() + " of " + all.size() + " writes");
    }

    /** Writes what is shown to {@code file} as CSV or JSON (by its extension), in the background. */
    public void export(Path file) {
        List<AuditEntry> rows = List.copyOf(shown);
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        tasks.execute(BackgroundTask.of("Export the audit log", () -> {
            Files.writeString(file, json ? AuditExport.json(rows) : AuditExport.csv(rows));
            return rows.size();
        }).onSuccess(n -> status.set("exported " + n + " writes to " + file))
                .onFailure(e -> dialogs.showError("Could not export to " + file, e)));
    }

    /**
     * Works out what undoing one write would change now (each path it changed goes back to the value before it,
     * guarded by the value it wrote) and hands the plan to {@code show}; nothing is written.
     */
    public void previewRevert(AuditEntry e, Consumer<HistoryPlan> show) {
        Optional<ConnectionSession> s = sessions.apply(e.connection());
        String refusal = s.isEmpty() ? "The connection \"" + e.connection() + "\" of this write is not among your "
                + "connections." : e.status() != AuditStatus.DONE ? "This write is " + e.status().label()
                + ": there is no confirmed version after it to undo." : e.versionBefore() == null ? "This write "
                + "created " + e.key() + "; reverting would delete the key, which ProfileLens does not do."
                : !s.get().connection().writable() ? "The connection \"" + e.connection() + "\" is read-only." : null;
        if (refusal != null) {
            dialogs.showError("Cannot revert", new InvalidInputException(refusal));
            return;
        }
        ConnectionSession session = s.get();
        String before = Objects.requireNonNull(e.versionBefore());
        EntryRef ref = new EntryRef(e.store(), e.scope(), e.key());
        tasks.execute(BackgroundTask.of("Preview the revert of " + e.key(), () -> history(session)
                .revert(ref, before, e.versionAfter()))
                .onSuccess(show::accept)
                .onFailure(err -> dialogs.showError("Cannot revert — nothing was written", err)), session.lane());
    }

    /**
     * Writes a previewed revert through the save use case: later changes by others to other paths are kept, a path
     * changed since is a conflict, and a live session's lock is respected.
     */
    public void revert(HistoryPlan plan, String connection, String reason) {
        Optional<ConnectionSession> s = sessions.apply(connection);
        if (s.isEmpty()) {
            return;
        }
        ConnectionSession session = s.get();
        String key = plan.ref().key();
        tasks.execute(BackgroundTask.of("Revert " + key, () -> history(session).apply(plan, reason, null, false))
                .onSuccess(r -> {
                    if (HistoryResults.failed(r)) {
                        status.set("not reverted: " + r.message());
                        dialogs.showError("Not reverted — nothing was written", HistoryResults.error(r));
                        return;
                    }
                    status.set(r instanceof SaveResult.Written w ? "reverted " + key + ": now version "
                            + w.versionAfter() : "nothing to revert: " + key + " already holds that value");
                    load();
                }).onFailure(err -> dialogs.showError("Not reverted", err)), session.lane());
    }

    private HistoryUseCase history(ConnectionSession session) {
        return new HistoryUseCase(session.source(), saver.pipeline(session).useCase());
    }

    public ObservableList<AuditEntry> entries() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
