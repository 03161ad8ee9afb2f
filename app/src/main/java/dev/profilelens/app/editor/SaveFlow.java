package dev.profilelens.app.editor;

import dev.profilelens.app.connection.SafetyLevel;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.core.edit.SaveResult;
import dev.profilelens.core.edit.WriteMode;
import dev.profilelens.core.error.ConflictException;
import dev.profilelens.core.error.InvalidInputException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.model.Kind;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * What Save does (design.md §3 in the UI): confirmations by safety level and value kind, the save dialog (intents with
 * values, the reason), the write through the core save use case — then only the rendering of its typed outcome: a
 * live session offers delivery, hand-over or waiting; a stale lock "clear lock and save" behind the typed key; a
 * conflict opens the merge view; an invalid value names its path. Nothing here reads the lock or merges.
 */
final class SaveFlow {
    static final String WAIT = "Wait, then save";
    static final String DELIVER = "Deliver as a global update / message…";
    static final String HAND_OVER = "Hand over…";
    private final EditorViewModel model;
    private final DialogService dialogs;
    private final Consumer<SaveResult.Written> onSaved;
    private final Waiter waiter;
    private @Nullable Window owner;
    private Consumer<String> deliver = reason -> { };
    private Consumer<String> handOver = reason -> { };

    SaveFlow(EditorViewModel model, DialogService dialogs, Consumer<SaveResult.Written> onSaved, Waiter waiter) {
        this.model = model;
        this.dialogs = dialogs;
        this.onSaved = onSaved;
        this.waiter = waiter;
    }

    void owner(@Nullable Window w) {
        owner = w;
    }

    /** What the live-session refusal's two other ways go to; each gets the reason already given. */
    void liveActions(Consumer<String> deliverAction, Consumer<String> handOverAction) {
        deliver = deliverAction;
        handOver = handOverAction;
    }

    /** Starts a save as the user asked for it (Save button, Ctrl+S, the tray). */
    void start() {
        EditTarget t = model.target();
        String key = t.ref().key();
        WriteMode mode = t.kind() == Kind.PROFILE ? WriteMode.NORMAL : WriteMode.REPLACE_WHOLE;
        String confirmation = null;
        if (mode == WriteMode.REPLACE_WHOLE || t.session().connection().production()
                || t.session().connection().safety() == SafetyLevel.CONFIRM_WRITES) {
            String why = mode == WriteMode.REPLACE_WHOLE ? "This replaces the whole " + t.kind().jsonName()
                    + " value of " + key + "." : "Writes on " + t.session().connection().name() + " need confirming.";
            if (!dialogs.confirmTyped("Confirm the write", why + " Type the key to go on.", key)) {
                return;
            }
            confirmation = key;
        }
        Optional<String> reason = new SaveDialog(owner, "Save " + key,
                List.of(new SaveDialog.Group(key, model.analysisProperty().get().pending()))).ask();
        if (reason.isPresent()) {
            write(reason.get(), mode, confirmation);
        }
    }

    /** Writes with a reason already given (the tray's Save all). */
    void write(String reason, WriteMode mode, @Nullable String confirmation) {
        model.save(reason, mode, confirmation, r -> render(r, reason),
                e -> dialogs.showError("Not saved — your edit is kept", e));
    }

    void render(SaveResult result, String reason) {
        String key = model.target().ref().key();
        if (result instanceof SaveResult.Written w) {
            onSaved.accept(w);
        } else if (result instanceof SaveResult.Refused r) {
            refused(r, reason, key);
        } else if (result instanceof SaveResult.Conflict c) {
            conflict(c, reason);
        } else if (result instanceof SaveResult.Invalid i) {
            dialogs.showError("Not saved — your edit is kept", new InvalidInputException(i.message()
                    + (i.path().isEmpty() ? "" : " (at " + i.path() + ")"), i.path()));
        }
    }

    private void refused(SaveResult.Refused r, String reason, String key) {
        switch (r.reason()) {
            case STALE_LOCK -> {
                if (dialogs.confirmTyped("Clear the stale lock and save", r.message() + "\n\nThe server that held "
                        + "it stopped saving long ago. Type the key to clear its lock and save.", key)) {
                    write(reason, WriteMode.CLEAR_STALE_LOCK, key);
                }
            }
            case WHOLE_VALUE -> {
                if (dialogs.confirmTyped("Replace the whole value", r.message() + "\n\nType the key to go on.", key)) {
                    write(reason, WriteMode.REPLACE_WHOLE, key);
                }
            }
            case LIVE_SESSION -> live(r, reason, key);
            default -> dialogs.showError("Not saved — your edit is kept", new RefusedException(r.message()));
        }
    }

    private void live(SaveResult.Refused r, String reason, String key) {
        Optional<String> choice = dialogs.choose("A live server owns " + key, r.message()
                + "\n\nNothing was written and your edit is kept.\n• Deliver: the game applies the edit itself, the "
                + "player stays online.\n• Hand over: the server saves and lets go; the player is disconnected.\n"
                + "• Wait: the edit is saved as soon as the server releases the profile (you can stop waiting).",
                List.of(DELIVER, HAND_OVER, WAIT, "Cancel"));
        if (choice.isEmpty()) {
            return;
        }
        switch (choice.get()) {
            case WAIT -> waiter.waitForRelease(model.target(), () -> write(reason, WriteMode.NORMAL, null));
            case DELIVER -> deliver.accept(reason);
            case HAND_OVER -> handOver.accept(reason);
            default -> { }
        }
    }

    private void conflict(SaveResult.Conflict c, String reason) {
        if (c.paths().isEmpty()) {
            dialogs.showError("Not saved — your edit is kept", new ConflictException(
                    c.message()));
            return;
        }
        new MergeDialog(owner, model.target().ref().key(), c).ask().ifPresent(picks -> model.resolve(picks, a -> {
            if (a.problem() == null && !a.intents().isEmpty()) {
                write(reason, WriteMode.NORMAL, null);
            }
        }));
    }
}
