package dev.profilelens.app.editor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.SaveOutcome;
import dev.profilelens.core.edit.SaveRequest;
import dev.profilelens.core.edit.WriteMode;
import dev.profilelens.core.edit.intent.IntentDiff;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The editor's state without controls: the text as read, the latest analysis of the edited text, and saving through
 * the pipeline. Edits are kept whatever happens to a save; after a successful save the saved value becomes the new
 * base. All analysis and I/O run on the TaskExecutor.
 */
public final class EditorModel {
    private final TaskExecutor tasks;
    private final Saver saver;
    private EditTarget target;
    private String original;
    private String text;
    private long generation;
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding canSave;

    public EditorModel(EditTarget target, TaskExecutor tasks, Saver saver) {
        this.target = target;
        this.tasks = tasks;
        this.saver = saver;
        this.original = textOf(target);
        this.text = original;
        analysis.set(new Analysis(target.base(), null, 0, 0, java.util.List.of(), "", ""));
        canSave = Bindings.createBooleanBinding(() -> target.session().connection().writable() && !saving.get()
                && !checking.get() && analysis.get().problem() == null && !analysis.get().changes().isEmpty(),
                saving, checking, analysis);
    }

    /** The text the editor starts with: Data and MetaTags of a profile, else the whole value. */
    static String textOf(EditTarget t) {
        if (t.base() == null) {
            return "{}";
        }
        return RobloxJson.pretty(t.editsDataOnly() ? Analysis.editable(t.base()) : t.base());
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

    /** The text changed (after a typing pause): works out what it means in the background. */
    public void textChanged(String newText) {
        text = newText;
        long mine = ++generation;
        checking.set(true);
        EditTarget t = target;
        String opened = original;
        tasks.execute(BackgroundTask.of("Check the edit", () -> Analysis.of(t, opened, newText))
                .onSuccess(a -> {
                    if (mine == generation) {
                        analysis.set(a);
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        checking.set(false);
                    }
                }));
    }

    /** Pretty-prints valid text; returns null (and leaves the text) when it does not parse. */
    public @Nullable String formatted() {
        Analysis a = analysis.get();
        if (a.problem() != null || a.edited() == null) {
            return null;
        }
        JsonNode edited = a.edited();
        return RobloxJson.pretty(target.editsDataOnly() ? Analysis.editable(edited) : edited);
    }

    /**
     * Saves through the pipeline on the connection's lane: the edit becomes intents (a typed number is a delta on the
     * value as read) re-applied to the latest value, so what a server saved meanwhile is kept without a dialog.
     * {@code onFailure} receives refusals (live lock, stale lock without confirmation), conflicts (an intent that
     * cannot apply) and I/O errors; the edit stays as it is.
     */
    public void save(String reason, WriteMode mode, @Nullable String confirmation, Consumer<SaveOutcome> onSaved,
                     Consumer<Throwable> onFailure) {
        Analysis a = analysis.get();
        if (a.edited() == null) {
            onFailure.accept(new IllegalStateException("The edit has a problem: " + a.problem()));
            return;
        }
        saving.set(true);
        status.set("saving…");
        EditTarget t = target;
        SaveRequest request = new SaveRequest(t.ref(), t.base(), t.baseVersion(), a.edited(), reason, mode,
                confirmation);
        String savedText = text;
        tasks.execute(BackgroundTask.of("Save " + t.ref().key(), () -> saver.pipeline(t.session()).save(request,
                IntentDiff.Numbers.DELTA))
                .onSuccess(outcome -> {
                    rebase(outcome, savedText);
                    onSaved.accept(outcome);
                })
                .onFailure(e -> {
                    status.set("not saved: " + e.getMessage());
                    onFailure.accept(e);
                })
                .onFinished(() -> saving.set(false)), t.session().lane());
    }

    /** After a save the stored value is the new base; the text stays as the user left it. */
    private void rebase(SaveOutcome outcome, String savedText) {
        target = new EditTarget(target.session(), target.ref(), outcome.stored(), outcome.versionAfter(),
                target.kind() == dev.profilelens.core.model.Kind.MISSING ? dev.profilelens.core.codec.ProfileCodec
                        .classify(outcome.stored()) : target.kind(), target.lock());
        original = savedText;
        status.set(outcome.written() ? "saved: version " + outcome.versionAfter()
                + (outcome.mergedPaths().isEmpty() ? "" : " (merged " + outcome.mergedPaths().size()
                + " change(s) made meanwhile)") : "nothing to save: the stored value already matches");
        textChanged(text);
    }

    /** Takes a value someone else stored as the new base (after a conflict was resolved against it). */
    public void rebaseOnto(JsonNode theirs, String theirsVersion) {
        target = new EditTarget(target.session(), target.ref(), theirs, theirsVersion, target.kind(), target.lock());
        textChanged(text);
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

    public boolean dirty() {
        return !text.equals(original);
    }
}
