package dev.profilelens.app.ds2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.ordered.OrderedAccess;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Layout;
import dev.profilelens.core.ds2.Ds2Offline;
import dev.profilelens.core.ds2.Ds2Places;
import dev.profilelens.core.ds2.Ds2Reader;
import dev.profilelens.core.ds2.Ds2WriteRequest;
import dev.profilelens.core.ds2.Ds2Writer;
import dev.profilelens.core.ds2.Presence;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.IntentDiff;
import dev.profilelens.core.edit.intent.ReplaceValue;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.ordered.OrderedEntry;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.StoredEntry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * One DataStore2 player (ADR 0182): the latest value, backups as history paged lazily (newest first, save time of
 * each page read with it), a backup's value on demand, and edits through the core {@link Ds2Writer} with the
 * offline statement. Every read and write runs on the connection's lane; JSON is parsed and formatted there.
 */
public final class Ds2PlayerViewModel {
    static final int HISTORY_PAGE = 25;

    /** One backup: {@code N}, its save time and size (null when the standard entry is missing). */
    public record HistoryRow(long n, @Nullable String saved, int sizeBytes) {
    }

    private final String user;
    private final OrderedAccess access;
    private final DialogService dialogs;
    private final Supplier<AuditLog> audit;
    private final Supplier<Presence> presence;
    private final Clock clock;
    private final Ds2Address address;
    private final Ds2Places places;
    private final ObjectProperty<@Nullable Ds2Snapshot> snapshot = new SimpleObjectProperty<>();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final BooleanProperty moreHistory = new SimpleBooleanProperty(true);
    private final StringProperty backupText = new SimpleStringProperty("");
    private final StringProperty editText = new SimpleStringProperty("");
    /** The latest value the edit started from (null: nothing to diff against), and whether it restores a backup. */
    private @Nullable String baseText;
    private boolean restoring;
    private final BooleanProperty offline = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private @Nullable String historyCursor;
    private boolean historyLoading;

    public Ds2PlayerViewModel(OrderedAccess access, DialogService dialogs, Supplier<AuditLog> audit,
                          Supplier<Presence> presence, Clock clock, String user, Ds2Address address) {
        this.user = user;
        this.access = access;
        this.dialogs = dialogs;
        this.audit = audit;
        this.presence = presence;
        this.clock = clock;
        this.address = address;
        this.places = Ds2Places.of(address, "global");
    }

    public Ds2Address address() {
        return address;
    }

    ObjectProperty<@Nullable Ds2Snapshot> snapshotProperty() {
        return snapshot;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public BooleanProperty moreHistoryProperty() {
        return moreHistory;
    }

    public StringProperty backupTextProperty() {
        return backupText;
    }

    public StringProperty editTextProperty() {
        return editText;
    }

    public BooleanProperty offlineProperty() {
        return offline;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Reads the player (latest value, #206 probe) and the first history page. */
    public void load() {
        busy.set(true);
        status.set("Reading " + address + "…");
        access.run(access.task("DataStore2 " + address, o -> {
            var p = new Ds2Reader(access.session().source(), o).read(address, places, Ds2Layout.AUTO, true);
            return Ds2Snapshot.of(p, Ds2Offline.reasons(p, presence.get(), clock.instant()));
        }).onSuccess(s -> {
            snapshot.set(s);
            if (editText.get().isEmpty()) {
                editText.set(s.latestText());
                baseText = s.latestText();
                restoring = false;
            }
            status.set(s.player().readOnly() == null ? "" : "Read-only: " + s.player().readOnly());
            history.clear();
            historyCursor = null;
            moreHistory.set(s.player().latestBackup() != null);
            loadMoreHistory();
        }).onFailure(e -> {
            status.set("Could not read " + address + ": " + e.getMessage());
            dialogs.showError("DataStore2 " + address, e);
        }).onFinished(() -> busy.set(false)));
    }

    /** The next page of backups, newest first, with their save times (one get each, this page only). */
    public void loadMoreHistory() {
        if (historyLoading || !moreHistory.get()) {
            return;
        }
        historyLoading = true;
        String cursor = historyCursor;
        access.run(access.task("Backups of " + address, o -> {
            Ds2Reader r = new Ds2Reader(access.session().source(), o);
            Page<OrderedEntry> page = r.history(places, cursor, HISTORY_PAGE);
            List<HistoryRow> rows = new ArrayList<>();
            for (OrderedEntry e : page.items()) {
                StoredEntry s = r.backup(places, e.value()).orElse(null);
                rows.add(new HistoryRow(e.value(), s == null ? null : s.updated().toString(),
                        s == null ? 0 : s.sizeBytes()));
            }
            return new Object[] {rows, page.nextCursor()};
        }).onSuccess(res -> {
            @SuppressWarnings("unchecked")
            List<HistoryRow> rows = (List<HistoryRow>) res[0];
            history.addAll(rows);
            historyCursor = (String) res[1];
            moreHistory.set(historyCursor != null);
        }).onFailure(e -> dialogs.showError("Backups of " + address, e)).onFinished(() -> historyLoading = false));
    }

    /** Shows backup {@code N}'s value. */
    public void showBackup(long n) {
        access.run(access.task("Backup " + n, o -> new Ds2Reader(access.session().source(), o).backup(places, n)
                .map(e -> RobloxJson.prettyReport(RobloxJson.parse(e.value()))).orElse("(backup " + n
                        + " has no standard entry)")).onSuccess(backupText::set)
                .onFailure(e -> dialogs.showError("Backup " + n, e)));
    }

    /** Restore = the same recipe with an older value: the backup's value becomes the edit, saved as N+1. */
    public void useBackupAsEdit() {
        if (!backupText.get().isEmpty() && !backupText.get().startsWith("(")) {
            editText.set(backupText.get());
            restoring = true;
            status.set("The backup's value is in the editor: save it to write it as the newest backup.");
        }
    }

    /** Saves the editor's text as the player's new value; on any failure the text stays as typed. */
    public void save() {
        var reason = dialogs.ask("Save " + address, "Why? (recorded in the audit log)", "");
        if (reason.isEmpty() || reason.get().isBlank()) {
            return;
        }
        String text = editText.get();
        String base = baseText;
        IntentDiff.Numbers numbers = restoring ? IntentDiff.Numbers.SET : IntentDiff.Numbers.DELTA;
        boolean stated = offline.get();
        busy.set(true);
        status.set("Saving " + address + "…");
        access.run(access.task("Save " + address, o -> {
            JsonNode value;
            try {
                value = RobloxJson.parse(text);
            } catch (InvalidInputException e) {
                return (SaveResult) new SaveResult.Invalid(e.path() == null ? "" : e.path(), null, null,
                        "The edited text is not valid JSON: " + e.userMessage());
            }
            Ds2Writer w = new Ds2Writer(access.session().source(), o, audit.get(), presence.get(), clock,
                    user, access.session().connection().name());
            return w.save(new Ds2WriteRequest(address, places, Ds2Layout.AUTO, intents(base, value, numbers),
                    reason.get(), "ds2-edit", stated, false));
        }).onSuccess(this::saved).onFailure(e -> {
            status.set("Not saved: " + e.getMessage() + " Your edit is kept.");
            dialogs.showError("Save " + address, e);
        }).onFinished(() -> busy.set(false)));
    }

    /**
     * The edit as intents on the value it started from (a typed number is a delta, a restored one a guarded set),
     * re-applied by the writer to the newest backup; a whole-value replace only when there is nothing to diff with.
     */
    static List<Intent> intents(@Nullable String base, JsonNode value, IntentDiff.Numbers numbers) {
        JsonNode before = base == null ? null : RobloxJson.parse(base);
        if (before == null || !before.isObject() || !value.isObject()) {
            return List.of(new ReplaceValue(value));
        }
        return IntentDiff.between("", before, value, numbers);
    }

    private void saved(SaveResult r) {
        if (r instanceof SaveResult.Written w) {
            status.set("Saved as backup " + w.versionAfter() + ": the game loads it when the player next joins.");
            offline.set(false);
            editText.set("");
            load();
        } else if (r instanceof SaveResult.Unchanged) {
            status.set("Unchanged: the latest value already holds this.");
        } else {
            status.set("Not saved: " + r.message() + (r instanceof SaveResult.Conflict ? "" : " Your edit is kept."));
        }
    }
}
