package dev.profilelens.app.versions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.editor.Saver;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.JsonDiff;
import dev.profilelens.core.edit.SaveOutcome;
import dev.profilelens.core.edit.SaveRequest;
import dev.profilelens.core.edit.WriteMode;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.restore.RestoreBuilder;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The versions of one key: listed newest first, any two compared (or one with the value stored now), and a
 * restore of the whole version or of chosen paths written as a new version through the save pipeline.
 */
public final class VersionsModel {
    static final int LIMIT = 200;
    private final ConnectionSession session;
    private final EntryRef ref;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Saver saver;
    private final ObservableList<VersionInfo> versions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private String lastAction = "";

    public VersionsModel(ConnectionSession session, EntryRef ref, TaskExecutor tasks, DialogService dialogs,
                         Saver saver) {
        this.session = session;
        this.ref = ref;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.saver = saver;
    }

    public void load() {
        status.set("listing versions…");
        tasks.execute(BackgroundTask.of("List versions of " + ref.key(), () -> session.source()
                .listVersions(ref, VersionQuery.newestFirst(), null, LIMIT).items())
                .onSuccess(list -> {
                    versions.setAll(list);
                    status.set((lastAction.isEmpty() ? "" : lastAction + " · ") + list.size() + " versions"
                            + (list.size() == LIMIT ? " (newest " + LIMIT + ")" : ""));
                })
                .onFailure(e -> dialogs.showError("Could not list the versions of " + ref.key(), e)),
                session.lane());
    }

    /** Compares {@code older} with {@code newer}, or with the value stored now when {@code newer} is null. */
    public void compare(VersionInfo older, @Nullable VersionInfo newer) {
        tasks.execute(BackgroundTask.of("Compare versions", () -> {
            JsonNode a = value(older.version());
            JsonNode b = newer == null ? current().orElse(RobloxJson.nodes().nullNode()) : value(newer.version());
            return new Comparison("version " + older.version(), RobloxJson.pretty(a),
                    newer == null ? "stored now" : "version " + newer.version(), RobloxJson.pretty(b),
                    JsonDiff.changedPaths(a, b));
        }).onSuccess(comparison::set).onFailure(e -> dialogs.showError("Could not compare", e)), session.lane());
    }

    /**
     * Restores {@code version} (whole when {@code paths} is empty) through the pipeline; lock, load count and the
     * mailbox stay as stored now, and residual global updates are dropped when asked.
     */
    public void restore(VersionInfo version, List<String> paths, boolean dropGlobalUpdates, String reason,
                        @Nullable String typedKey, Consumer<SaveOutcome> done) {
        if (!session.connection().writable()) {
            dialogs.showError("Not restored", new InvalidInputException(session.connection().name()
                    + " is read-only"));
            return;
        }
        tasks.execute(BackgroundTask.of("Restore " + ref.key(), () -> {
            Optional<StoredEntry> now = session.source().read(ref);
            JsonNode base = now.map(e -> RobloxJson.parse(e.value())).orElse(null);
            JsonNode old = value(version.version());
            JsonNode restored = paths.isEmpty() ? RestoreBuilder.whole(base, old, dropGlobalUpdates)
                    : RestoreBuilder.paths(base, old, paths, dropGlobalUpdates);
            WriteMode mode = base == null || ProfileCodec.classify(base) != Kind.PROFILE ? WriteMode.REPLACE_WHOLE
                    : WriteMode.NORMAL;
            return saver.pipeline(session).save(new SaveRequest(ref, base, now.map(StoredEntry::version)
                    .orElse(null), restored, reason + " (restore of version " + version.version()
                    + (paths.isEmpty() ? "" : " at " + paths) + ")", mode, typedKey));
        }).onSuccess(o -> {
            lastAction = o.written() ? "restored: now version " + o.versionAfter() : "nothing to restore: "
                    + "the stored value already matches";
            status.set(lastAction);
            load();
            done.accept(o);
        }).onFailure(e -> dialogs.showError("Not restored — nothing was written", e)), session.lane());
    }

    private JsonNode value(String version) {
        return RobloxJson.parse(session.source().readVersion(ref, version).orElseThrow(() ->
                new InvalidInputException("Version " + version + " of " + ref.key() + " is not kept any more"))
                .value());
    }

    private Optional<JsonNode> current() {
        return session.source().read(ref).map(e -> RobloxJson.parse(e.value()));
    }

    public EntryRef ref() {
        return ref;
    }

    public ObservableList<VersionInfo> versions() {
        return versions;
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
