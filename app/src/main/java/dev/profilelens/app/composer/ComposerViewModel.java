package dev.profilelens.app.composer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.dialog.DialogService;
import dev.profilelens.app.editor.Saver;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.LanePoll;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.app.team.TeamTemplates;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.GlobalUpdate;
import dev.profilelens.core.model.Mailbox;
import dev.profilelens.core.model.Message;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.updates.GlobalUpdates;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A profile's mailbox and the sender side: ProfileService global updates (add, change and clear active ones) or
 * ProfileStore messages, written through the save pipeline's update path (no lock routing: mailboxes are meant to
 * be written while a server owns the profile), then followed until the game has taken them.
 */
public final class ComposerViewModel implements AutoCloseable {
    private final ConnectionSession session;
    private final EntryRef ref;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Saver saver;
    private final ObservableList<QueueRow> queue = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Dialect dialect = Dialect.PROFILESERVICE;
    private @Nullable LanePoll<ProfileReading> follower;

    /** One mailbox entry: id, state (active / locked / message), version and data. */
    public record QueueRow(long id, String state, long version, String data) {
    }

    public ComposerViewModel(ConnectionSession session, EntryRef ref, TaskExecutor tasks, DialogService dialogs,
                         Saver saver) {
        this.session = session;
        this.ref = ref;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.saver = saver;
    }

    public void refresh() {
        tasks.execute(BackgroundTask.of("Read the mailbox of " + ref.key(), this::read)
                .onSuccess(this::show)
                .onFailure(e -> dialogs.showError("Could not read " + ref.key(), e)), session.lane());
    }

    private ProfileReading read() {
        return ProfileCodec.read(session.source().read(ref).map(StoredEntry::value).orElse(new byte[0]));
    }

    private void show(ProfileReading r) {
        dialect = r.dialect() == Dialect.PROFILESTORE ? Dialect.PROFILESTORE : Dialect.PROFILESERVICE;
        queue.setAll(rows(r.mailbox()));
    }

    static List<QueueRow> rows(@Nullable Mailbox box) {
        List<QueueRow> out = new ArrayList<>();
        if (box != null) {
            for (GlobalUpdate u : box.active()) {
                out.add(new QueueRow(u.id(), "active", u.version(), RobloxJson.writeString(u.data())));
            }
            for (GlobalUpdate u : box.locked()) {
                out.add(new QueueRow(u.id(), "locked", u.version(), RobloxJson.writeString(u.data())));
            }
            for (Message m : box.messages()) {
                out.add(new QueueRow(m.id(), "message", 1, RobloxJson.writeString(m.message())));
            }
        }
        return out;
    }

    public boolean messages() {
        return dialect == Dialect.PROFILESTORE;
    }

    /** Queues {@code data} (an update, or a message for ProfileStore) and follows it until it is taken. */
    public void send(JsonNode data, String reason) {
        boolean msg = messages();
        write(msg ? s -> GlobalUpdates.message(s, data) : s -> GlobalUpdates.addActive(s, data),
                msg ? "message" : "global-update", reason, true);
    }

    public void change(long id, JsonNode data, String reason) {
        write(s -> GlobalUpdates.changeActive(s, id, data), "global-update-change", reason, false);
    }

    public void clear(long id, String reason) {
        write(s -> GlobalUpdates.clearActive(s, id), "global-update-clear", reason, false);
    }

    private void write(UnaryOperator<@Nullable JsonNode> transform, String action, String reason, boolean follow) {
        status.set("writing…");
        tasks.execute(BackgroundTask.of("Write to the mailbox of " + ref.key(),
                () -> saver.pipeline(session).update(ref, transform, action, reason))
                .onSuccess(o -> {
                    ProfileReading r = ProfileCodec.read(o.stored(), 0);
                    show(r);
                    long id = r.mailbox() == null ? 0 : r.mailbox().index();
                    status.set("queued #" + id + " (version " + o.versionAfter() + ")");
                    if (follow) {
                        follow(id);
                    }
                })
                .onFailure(e -> {
                    status.set("not written");
                    dialogs.showError("Not written to the mailbox of " + ref.key(), e);
                }), session.lane());
    }

    /** Reads every 2 s (on the connection's lane) until entry {@code id} has left the mailbox, showing each stage. */
    private void follow(long id) {
        if (follower != null) {
            follower.stop();
        }
        String[] last = {""};
        LanePoll<ProfileReading> poll = new LanePoll<>(tasks, Duration.seconds(2), session::lane, "Follow #" + id,
                this::read, r -> stillQueued(id, r, last),
                e -> status.set("stopped following #" + id + ": " + e.getMessage()));
        follower = poll;
        poll.start(true);
    }

    /** Shows entry {@code id}'s stage when it changed since {@code last}; false once the game took it. */
    private boolean stillQueued(long id, ProfileReading r, String[] last) {
        String state = rows(r.mailbox()).stream().filter(q -> q.id() == id).map(QueueRow::state)
                .findFirst().orElse("delivered");
        if (!state.equals(last[0])) {
            show(r);
            status.set("#" + id + ": " + (state.equals("locked") ? "locked (taken by the server, being applied)"
                    : state.equals("delivered") ? "delivered (the game took it)"
                    : state + " (waiting for a server that has the profile loaded)"));
            last[0] = state;
        }
        return !state.equals("delivered");
    }

    /** The universe the connection's shared templates belong to ("" for a local connection). */
    public String universe() {
        return TeamTemplates.universeOf(session.connection().spec());
    }

    public EntryRef ref() {
        return ref;
    }

    public ObservableList<QueueRow> queue() {
        return queue;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    @Override
    public void close() {
        if (follower != null) {
            follower.stop();
        }
    }
}
