package dev.profilelens.app.profile;

import dev.profilelens.app.widgets.Badges;
import dev.profilelens.app.widgets.KeyRow;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.store.EntryRef;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One open profile tab: loads the key on the connection's lane and publishes a {@link ProfileSnapshot}. */
public final class ProfileViewModel {
    private final ConnectionSession session;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ProfileLoader loader;
    private final EntryRef ref;
    private final Consumer<KeyRow> onRead;
    private final ReadOnlyObjectWrapper<ProfileSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<RawText> unreadable = new ReadOnlyObjectWrapper<>(this, "unreadable");

    public ProfileViewModel(ConnectionSession session, TaskExecutor tasks, DialogService dialogs,
                            ProfileLoader loader, EntryRef ref, Consumer<KeyRow> onRead) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.loader = loader;
        this.ref = ref;
        this.onRead = onRead;
    }

    public EntryRef ref() {
        return ref;
    }

    public ConnectionSession session() {
        return session;
    }

    public ReadOnlyObjectProperty<ProfileSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The stored text of the last read that could not be decoded ({@link UnreadableValue}), else null. */
    public ReadOnlyObjectProperty<RawText> unreadableProperty() {
        return unreadable.getReadOnlyProperty();
    }

    /** Shows {@code s} as if it had just been read: the panes' warm-up shows its made-up profile so (ADR 0263). */
    void show(ProfileSnapshot s) {
        snapshot.set(s);
    }

    /** Reads the key again. */
    public void refresh() {
        loading.set(true);
        tasks.execute(BackgroundTask.of("Read " + ref.key(), () -> loader.load(session.source(), ref))
                .onSuccess(s -> {
                    unreadable.set(null);
                    snapshot.set(s);
                    onRead.accept(new KeyRow(ref, Badges.format(s.reading()), Badges.lock(s.reading(), s.lock())));
                })
                .onFailure(e -> {
                    if (e instanceof UnreadableValue u) {
                        unreadable.set(u.raw());
                    }
                    dialogs.showError("Could not read " + ref.key(), e);
                })
                .onFinished(() -> loading.set(false)), session.lane());
    }
}
