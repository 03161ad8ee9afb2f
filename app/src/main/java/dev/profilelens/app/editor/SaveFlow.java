package dev.profilelens.app.editor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.ThreeWayMerge;
import dev.profilelens.core.edit.MergeConflictException;
import dev.profilelens.core.edit.SaveOutcome;
import dev.profilelens.core.edit.WriteMode;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.lock.LockStatus;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.store.StoredEntry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * What Save does (design.md §3 in the UI): confirmations by safety level and value kind, the reason, the write;
 * then the routing of refusals — a live lock keeps the edit and offers to wait for the release, a stale lock offers
 * "clear lock and save" behind the typed key — and of conflicts into the merge view.
 */
final class SaveFlow {
    static final String WAIT = "Wait, then save";
    static final String QUEUE_UPDATE = "Queue a global update…";
    static final String QUEUE_MESSAGE = "Send a message…";
    private final EditorModel model;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final Consumer<SaveOutcome> onSaved;
    private final Consumer<String> setText;
    private final Waiter waiter;
    private @Nullable Window owner;
    private Runnable queueInstead = () -> { };

    SaveFlow(EditorModel model, DialogService dialogs, TaskExecutor tasks, Consumer<SaveOutcome> onSaved,
             Consumer<String> setText, Waiter waiter) {
        this.model = model;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.onSaved = onSaved;
        this.setText = setText;
        this.waiter = waiter;
    }

    void owner(@Nullable Window w) {
        owner = w;
    }

    /** What "queue instead" does when a live server owns the profile (opens the mailbox composer). */
    void queueInstead(Runnable r) {
        queueInstead = r;
    }

    /** Starts a save as the user asked for it (Save button, Ctrl+S). */
    void start() {
        EditTarget t = model.target();
        String key = t.ref().key();
        WriteMode mode = t.kind() == Kind.PROFILE ? WriteMode.NORMAL : WriteMode.REPLACE_WHOLE;
        String confirmation = null;
        if (mode == WriteMode.REPLACE_WHOLE || t.session().connection().production()
                || t.session().connection().safety() == dev.profilelens.app.connection.SafetyLevel.CONFIRM_WRITES) {
            String why = mode == WriteMode.REPLACE_WHOLE ? "This replaces the whole " + t.kind().jsonName()
                    + " value of " + key + "." : "Writes on " + t.session().connection().name() + " need confirming.";
            if (!dialogs.confirmTyped("Confirm the write", why + " Type the key to go on.", key)) {
                return;
            }
            confirmation = key;
        }
        Analysis a = model.analysisProperty().get();
        Optional<String> reason = dialogs.ask("Save " + key, "These changes will be written:\n"
                + summary(a.changes()) + "\nWhy? (recorded in the audit log)", "");
        if (reason.isEmpty() || reason.get().isBlank()) {
            return;
        }
        write(reason.get(), mode, confirmation);
    }

    private void write(String reason, WriteMode mode, @Nullable String confirmation) {
        model.save(reason, mode, confirmation, onSaved, e -> routeFailure(e, reason));
    }

    private void routeFailure(Throwable e, String reason) {
        if (e instanceof MergeConflictException conflict) {
            merge(conflict);
        } else if (e instanceof RefusedException refused) {
            checkLock(lock -> refused(refused, lock, reason));
        } else {
            dialogs.showError("Not saved — your edit is kept", e);
        }
    }

    private void refused(RefusedException e, LockState lock, String reason) {
        String key = model.target().ref().key();
        if (lock.status() == LockStatus.STALE) {
            if (dialogs.confirmTyped("Clear the stale lock and save", e.userMessage()
                    + "\n\nThe server that held it stopped saving long ago. Type the key to clear its lock and save.",
                    key)) {
                write(reason, WriteMode.CLEAR_STALE_LOCK, key);
            }
            return;
        }
        if (lock.status() == LockStatus.ACTIVE) {
            JsonNode base = model.target().base();
            boolean ps = base == null || ProfileCodec.detectDialect(base) != Dialect.PROFILESTORE;
            String queue = ps ? QUEUE_UPDATE : QUEUE_MESSAGE;
            Optional<String> choice = dialogs.choose("A live server owns " + key, e.userMessage()
                    + "\n\nNothing was written and your edit is kept. Wait: the edit is saved automatically as soon "
                    + "as the server releases the profile (you can stop waiting). Or send the change to the game "
                    + (ps ? "as a global update" : "as a message") + ", which the live server applies itself.",
                    List.of(WAIT, queue, "Cancel"));
            if (choice.isPresent() && choice.get().equals(WAIT)) {
                waiter.waitForRelease(model.target(), () -> write(reason, WriteMode.NORMAL, null));
            } else if (choice.isPresent() && choice.get().equals(queue)) {
                queueInstead.run();
            }
            return;
        }
        dialogs.showError("Not saved — your edit is kept", e);
    }

    private void checkLock(Consumer<LockState> then) {
        EditTarget t = model.target();
        tasks.execute(BackgroundTask.of("Check the lock of " + t.ref().key(), () -> lockNow(t))
                .onSuccess(then)
                .onFailure(err -> dialogs.showError("Could not read " + t.ref().key(), err)), t.session().lane());
    }

    static LockState lockNow(EditTarget t) {
        Optional<StoredEntry> e = t.session().source().read(t.ref());
        return new LockClassifier(Clock.systemUTC()).classify(ProfileCodec.read(e.map(StoredEntry::value)
                .orElse(new byte[0])));
    }

    private void merge(MergeConflictException conflict) {
        EditTarget t = model.target();
        Analysis a = model.analysisProperty().get();
        var base = t.base() == null ? RobloxJson.nodes().nullNode() : t.base();
        var result = ThreeWayMerge.merge(base, a.edited(), conflict.theirs());
        int auto = Math.max(0, dev.profilelens.core.diff.JsonDiff.diff(base, conflict.theirs()).size()
                - result.conflicts().size());
        Optional<Map<String, Resolution.Side>> picks = new MergeDialog(owner, t.ref().key(), result, auto).ask();
        if (picks.isEmpty()) {
            return;
        }
        var resolved = Resolution.resolve(result, picks.get());
        model.rebaseOnto(conflict.theirs(), conflict.theirsVersion());
        setText.accept(RobloxJson.pretty(t.editsDataOnly() ? Analysis.editable(resolved) : resolved));
        dialogs.showInfo("Merged", "The merged value is in the editor, based on their version "
                + conflict.theirsVersion() + ". Check it, then Save again.");
    }

    private static String summary(List<String> changes) {
        StringBuilder b = new StringBuilder();
        changes.stream().limit(15).forEach(c -> b.append("  ").append(c).append('\n'));
        if (changes.size() > 15) {
            b.append("  … and ").append(changes.size() - 15).append(" more\n");
        }
        return b.toString();
    }
}
