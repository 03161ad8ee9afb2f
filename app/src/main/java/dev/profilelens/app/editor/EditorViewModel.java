package dev.profilelens.app.editor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.EditRequest;
import dev.profilelens.core.edit.Handover;
import dev.profilelens.core.edit.HandoverEdit;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.Undo;
import dev.profilelens.core.edit.WriteMode;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The editor's state without controls: the text as read, the user's choices beyond the text ({@link EditChoices}:
 * explicit intents from the Data tree, the MetaTags table or a restore; deltas switched to sets; merge picks), the
 * latest analysis, and saving through the core save use case. Edits are kept whatever happens to a save; after a
 * write the stored value becomes the new base and the text shows it. All analysis and I/O run on the TaskExecutor.
 */
public final class EditorViewModel {
    static final Duration HANDOVER_POLL = Duration.ofMillis(500);
    private final TaskExecutor tasks;
    private final Saver saver;
    private EditTarget target;
    private String original;
    private String text;
    private EditChoices choices = EditChoices.NONE;
    private long generation;
    /** Set while the text of a new base is laid out in the background: the text typed meanwhile is not kept. */
    private boolean reloading;
    private final OneAtATime analyses;
    private Consumer<String> textReset = t -> { };
    private final ObservableList<Intent> explicit = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding canSave;

    /** A key's editor opened with its text worked out ({@link #prepare}, off the FX thread for big values). */
    public record Prepared(EditTarget target, String text) {
    }

    /** The whole-value work of opening an editor (its text of the target's own copy), for a background task. */
    public static Prepared prepare(EditTarget t) {
        return new Prepared(t, t.text());
    }

    public EditorViewModel(EditTarget target, TaskExecutor tasks, Saver saver) {
        this(prepare(target), tasks, saver);
    }

    public EditorViewModel(Prepared prepared, TaskExecutor tasks, Saver saver) {
        EditTarget target = prepared.target();
        this.target = target;
        this.tasks = tasks;
        this.analyses = new OneAtATime(tasks);
        this.saver = saver;
        this.original = prepared.text();
        this.text = original;
        analysis.set(Analysis.unchanged(target.base()));
        canSave = Bindings.createBooleanBinding(() -> target.session().connection().writable() && !saving.get()
                && !checking.get() && analysis.get().problem() == null && !analysis.get().intents().isEmpty(),
                saving, checking, analysis);
    }

    public EditTarget target() {
        return target;
    }

    public String originalText() {
        return original;
    }

    public String text() {
        return text;
    }

    /** What the view does when the model replaces the text (after a write the text shows the stored value). */
    void onTextReset(Consumer<String> c) {
        textReset = c;
    }

    /** Works out the text as it is, in the background (the editor asks once it opens, before anything is typed). */
    public void check() {
        recheck();
    }

    /** The text changed (after a typing pause): works out what it means in the background. */
    public void textChanged(String newText) {
        if (reloading) {
            return;
        }
        text = newText;
        recheck();
    }

    // ---- explicit intents (ADR 0160): the stable API for edits made outside the text; call on the FX thread ----

    /**
     * Adds an intent made outside the text editor (an in-place edit of the Data tree or the MetaTags table, a
     * restored path). Paths are JSON Pointers into the whole stored value ({@code /Data/Coins}). It is applied after
     * the text's intents, listed in the pending changes with its old and new value, and saved with them. An intent
     * that cannot apply to the value as read shows as the editor's problem (Save off) until it is removed.
     */
    public void addIntent(Intent intent) {
        explicit.add(intent);
        choices = choices.plus(intent);
        recheck();
    }

    /** Takes back an intent given to {@link #addIntent}; unknown intents are ignored. */
    public void removeIntent(Intent intent) {
        if (explicit.remove(intent)) {
            choices = choices.minus(intent);
            recheck();
        }
    }

    /** The intents given to {@link #addIntent}, in order (read-only; cleared by a write and by discard). */
    public ObservableList<Intent> explicitIntents() {
        return FXCollections.unmodifiableObservableList(explicit);
    }

    /** Every intent Save would send now (the text's, as switched and resolved, then the explicit ones). */
    public List<Intent> intents() {
        return analysis.get().intents();
    }

    /** A typed number at {@code path}: {@code true} saves it as a guarded "set", {@code false} as a delta. */
    public void numberAsSet(String path, boolean set) {
        choices = choices.setting(path, set);
        recheck();
    }

    /** Whether the number at {@code path} is saved as a "set". */
    public boolean isNumberAsSet(String path) {
        return choices.asSet().contains(path);
    }

    /** Back to the value as read: the text, the explicit intents and every choice. */
    public void discard() {
        explicit.clear();
        choices = EditChoices.NONE;
        text = original;
        textReset.accept(original);
        recheck();
    }

    /** The merge view's picks per path: empty = keep theirs (drop my intent), a value = set it as chosen. */
    void resolve(Map<String, Optional<JsonNode>> picks, Consumer<Analysis> then) {
        choices = choices.resolving(picks);
        recheck(then);
    }

    private void recheck() {
        recheck(a -> { });
    }

    private void recheck(Consumer<Analysis> then) {
        dirty.set(!text.equals(original) || !choices.explicit().isEmpty());
        long mine = ++generation;
        checking.set(true);
        EditTarget t = target;
        String opened = original;
        String now = text;
        EditChoices c = choices;
        analyses.run("Check the edit", () -> Analysis.of(t, opened, now, c), a -> {
            if (mine == generation) {
                analysis.set(a);
                then.accept(a);
            }
        }, () -> {
            if (mine == generation) {
                checking.set(false);
            }
        });
    }

    /** Pretty-prints valid text; returns null (and leaves the text) when it does not parse. */
    public @Nullable String formatted() {
        Analysis a = analysis.get();
        JsonNode edited = a.edited();
        if (a.problem() != null || edited == null) {
            return null;
        }
        return target.text(edited);
    }

    /**
     * The indented text of the edit, written off the FX thread (a 4 MB value takes long enough to stall typing);
     * {@code apply} gets it on the FX thread only while the edit is still the one that was formatted.
     */
    public void format(Consumer<String> apply) {
        Analysis a = analysis.get(); // formatted() gives null, and nothing is applied, when the text does not parse
        tasks.execute(BackgroundTask.of("Format JSON", this::formatted).onSuccess(pretty -> {
            if (pretty != null && analysis.get() == a) {
                apply.accept(pretty);
            }
        }));
    }

    /**
     * Saves through the core save use case on the connection's lane: the intents are re-applied to the latest value,
     * so what a server saved meanwhile is kept without a dialog. {@code onResult} receives the typed outcome
     * (written, unchanged, refused with the lock, conflict with the paths, invalid); {@code onFailure} only I/O
     * errors. The edit stays as it is unless it was written.
     */
    public void save(String reason, WriteMode mode, @Nullable String confirmation, Consumer<SaveResult> onResult,
                     Consumer<Throwable> onFailure) {
        Analysis a = analysis.get();
        if (a.problem() != null) {
            onFailure.accept(new IllegalStateException("The edit has a problem: " + a.problem()));
            return;
        }
        run(request(reason, mode, confirmation), onResult, onFailure);
    }

    private EditRequest request(String reason, WriteMode mode, @Nullable String confirmation) {
        return new EditRequest(target.ref(), intents(), reason, mode, confirmation, null, target.base(), "save",
                false);
    }

    /**
     * Hands the profile over (ADR 0092) and then saves the intents: runs {@link HandoverEdit} on the shared pool (its
     * reads and writes queue on the connection's lane). {@code onResult} gets null when the owner did not release
     * in time or {@code cancelled} said stop (the request was withdrawn, nothing written).
     */
    public void handOver(String reason, Duration timeout, BooleanSupplier cancelled,
                         Consumer<Handover.Request> onRequest, Consumer<Handover.Step> onStep,
                         Consumer<@Nullable SaveResult> onResult, Consumer<Throwable> onFailure) {
        EditRequest request = request(reason, WriteMode.NORMAL, null);
        EditTarget t = target;
        saving.set(true);
        status.set("handing over…");
        tasks.execute(BackgroundTask.of("Hand over " + t.ref().key(), () -> {
            var pipeline = saver.pipeline(t.session());
            Handover h = new Handover(pipeline, t.session().source(), t.session().clock());
            return new HandoverEdit(h, pipeline.useCase()).run(request, timeout, HANDOVER_POLL, cancelled,
                    r -> Platform.runLater(() -> onRequest.accept(r)),
                    s -> Platform.runLater(() -> onStep.accept(s)));
        }).onSuccess(o -> {
            if (o.result() == null) {
                status.set("not handed over: the request was withdrawn; nothing was written — your edit is kept");
            } else {
                done(o.result());
            }
            onResult.accept(o.result());
        }).onFailure(e -> {
            status.set("not handed over: " + e.getMessage());
            onFailure.accept(e);
        }).onFinished(() -> saving.set(false)));
    }

    /** Undoes a write made here: its intents in reverse (a delta taken back) through the save use case. */
    public void undo(SaveResult.Written written, String reason, Consumer<SaveResult> onResult,
                     Consumer<Throwable> onFailure) {
        EditRequest back;
        try {
            back = Undo.request(target.ref(), written, reason);
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return;
        }
        run(back, onResult, onFailure);
    }

    private void run(EditRequest request, Consumer<SaveResult> onResult, Consumer<Throwable> onFailure) {
        saving.set(true);
        status.set("saving…");
        EditTarget t = target;
        tasks.execute(BackgroundTask.of("Save " + t.ref().key(), () -> saver.pipeline(t.session()).useCase()
                .save(request))
                .onSuccess(result -> {
                    done(result);
                    onResult.accept(result);
                })
                .onFailure(e -> {
                    status.set("not saved: " + e.getMessage());
                    onFailure.accept(e);
                })
                .onFinished(() -> saving.set(false)), t.session().lane());
    }

    private void done(SaveResult result) {
        status.set(Outcomes.status(result));
        if (result instanceof SaveResult.Written w) {
            rebase(w.after(), w.versionAfter());
        } else if (result instanceof SaveResult.Unchanged u && u.before() != null && !u.dryRun()) {
            rebase(u.before(), u.version());
        }
    }

    /** A delivery of this edit changed state (shown in the editor's status). */
    public void deliveryStatus(String text) {
        status.set(text);
    }

    /** A newer read of the key while nothing is pending becomes the base: in-place edits then start from it. */
    public void follow(JsonNode stored, @Nullable String version) {
        if (!dirty.get() && !reloading && !Objects.equals(version, target.baseVersion())) {
            rebase(stored, version); // a read's tree is never changed in place (edits copy on write)
        }
    }

    /** The edit went another way (global updates sent to the mailbox): back to the value stored now. */
    public void delivered(String message) { // read and parsed on the connection's lane, never on the FX thread
        status.set(message);
        EditTarget t = target;
        tasks.execute(BackgroundTask.of("Read " + t.ref().key(), () -> t.session().source().read(t.ref())
                        .map(x -> Map.entry(RobloxJson.parse(x.value()), x.version())))
                .onSuccess(e -> e.ifPresent(x -> rebase(x.getKey(), x.getValue()))), t.session().lane());
    }

    /**
     * After a write the stored value is the new base, the text shows it and the choices are spent. The text is written
     * out in the background (a 4 MB value takes the FX thread hundreds of milliseconds, ADR 0269); until it is in,
     * the analysis in flight is dropped and Save stays off.
     */
    private void rebase(JsonNode stored, @Nullable String version) {
        String keep = status.get();
        EditTarget t = new EditTarget(target.session(), target.ref(), stored, version,
                target.kind() == Kind.MISSING ? ProfileCodec.classify(stored) : target.kind(), target.lock());
        target = t;
        explicit.clear();
        choices = EditChoices.NONE;
        generation++;
        checking.set(true);
        reloading = true;
        tasks.execute(BackgroundTask.of("Write out " + t.ref().key(), () -> t.text()).onSuccess(laidOut -> {
            if (target == t) {
                reloading = false;
                original = laidOut;
                text = laidOut;
                textReset.accept(laidOut);
                recheck();
                status.set(keep);
            }
        }));
    }

    /** A newer lock state read while the editor is open (the live-profile banner follows it). */
    void lockChanged(LockState lock) {
        target = new EditTarget(target.session(), target.ref(), target.base(), target.baseVersion(), target.kind(),
                lock);
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** True while the text differs from the value as read or explicit intents are pending. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean dirty() {
        return dirty.get();
    }
}
