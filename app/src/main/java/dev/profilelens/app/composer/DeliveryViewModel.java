package dev.profilelens.app.composer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.connection.ConnectionSession;
import dev.profilelens.app.editor.Saver;
import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.app.team.TeamTemplates;
import dev.profilelens.app.widgets.Plurals;
import dev.profilelens.core.edit.intent.Change;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.error.InspectorException;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.updates.Delivery;
import dev.profilelens.core.updates.DeliveryTemplate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * An edit delivered to a live profile (issue #15 item 4, ADR 0091): the editor's intents rendered through the store's
 * template (core {@link DeliveryTemplate}), sent with core {@link Delivery} and followed until the game took every
 * update. Each change of state goes to the editor too.
 */
public final class DeliveryViewModel implements AutoCloseable {
    static final Duration FOLLOW = Duration.ofMinutes(10);
    private final ConnectionSession session;
    private final EntryRef ref;
    private final List<Change> pending;
    private final TaskExecutor tasks;
    private final Saver saver;
    private final DeliveryTemplates templates;
    private final Listener listener;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private @Nullable Future<?> following;
    /** The template as read (or last kept): an unchanged template is not written again. */
    private volatile @Nullable JsonNode loaded;
    private String givenReason = "";

    /** What the editor hears of the delivery. */
    public interface Listener {
        void status(String text);

        /**
         * The updates are in the profile's mailbox: the edit is no longer the editor's to save (saving it again
         * would deliver it twice); the game takes them when it next processes the mailbox.
         */
        void sent(String text);

        /** Every update was taken by the game. */
        void taken(String text);
    }

    public DeliveryViewModel(ConnectionSession session, EntryRef ref, List<Change> pending, TaskExecutor tasks,
                         Saver saver, DeliveryTemplates templates, Listener listener) {
        this.session = session;
        this.ref = ref;
        this.pending = List.copyOf(pending);
        this.tasks = tasks;
        this.saver = saver;
        this.templates = templates;
        this.listener = listener;
    }

    public EntryRef ref() {
        return ref;
    }

    public List<Change> pending() {
        return pending;
    }

    /** The reason the user already gave for this edit (the save dialog before the live server's refusal), or "". */
    public String givenReason() {
        return givenReason;
    }

    public void givenReason(String reason) {
        givenReason = reason;
    }

    public List<Intent> intents() {
        return pending.stream().map(Change::intent).toList();
    }

    /** Reads the store's template (saved, else the sandbox's suggestion). */
    void loadTemplate(Consumer<JsonNode> then) {
        tasks.execute(BackgroundTask.of("Read the delivery template", () -> templates.get(universe(), ref.store()))
                .onSuccess(t -> {
                    loaded = t;
                    then.accept(t);
                }).onFailure(e -> say("the delivery template could not be read: " + message(e))));
    }

    private String universe() {
        return TeamTemplates.universeOf(session.connection().spec());
    }

    private static String message(Throwable e) {
        return e instanceof InspectorException ie ? ie.userMessage() : String.valueOf(e.getMessage());
    }

    /**
     * Keeps a changed template for the store. A refusal (a team catalog only admins may change) does not stop the
     * delivery: the edited template is used for this one and the refusal is said.
     */
    private String keep(JsonNode templateJson) {
        if (templateJson.equals(loaded)) {
            return "";
        }
        try {
            templates.put(universe(), ref.store(), templateJson);
            loaded = templateJson;
            return "";
        } catch (RefusedException e) {
            return " (the template was used but not kept: " + e.userMessage() + ")";
        }
    }

    /** The updates {@code template} makes of the edit; throws naming the intent it cannot express. */
    List<JsonNode> render(JsonNode template) {
        return DeliveryTemplate.parse(template, "the template for " + ref.store()).render(intents());
    }

    /** Keeps the template for the store, sends the updates and follows them until the game took them. */
    void send(JsonNode templateJson, String reason, Consumer<Throwable> onFailure) {
        DeliveryTemplate template = DeliveryTemplate.parse(templateJson, "the template for " + ref.store());
        say("sending…");
        tasks.execute(BackgroundTask.of("Deliver to " + ref.key(), () -> {
            String kept = keep(templateJson);
            return new Sending(new Delivery(saver.pipeline(session), session.source()).send(ref, intents(), template,
                    reason), kept);
        }).onSuccess(s -> follow(s.sent(), s.kept())).onFailure(e -> {
            say("not sent: " + e.getMessage());
            onFailure.accept(e);
        }));
    }

    private record Sending(Delivery.Sent sent, String kept) {
    }

    private void follow(Delivery.Sent sent, String kept) {
        String what = sent.dialect() == Dialect.PROFILESTORE ? "message" : "global update";
        int n = sent.ids().size();
        String sentText = "sent " + (n == 1 ? "" : n + " ") + Plurals.word(n, what) + " " + numbers(sent.ids())
                + " in version " + sent.version() + "; waiting for the game to take " + (n == 1 ? "it" : "them")
                + kept;
        status.set(sentText);
        listener.sent(sentText);
        following = tasks.execute(BackgroundTask.of("Follow the delivery to " + ref.key(), () -> {
            Delivery d = new Delivery(saver.pipeline(session), session.source());
            return d.follow(sent, FOLLOW, Duration.ofSeconds(1), states -> Platform.runLater(() ->
                    say(Plurals.word(n, what) + " " + progress(sent.ids(), states))));
        }).onSuccess(states -> {
            if (states.stream().allMatch(s -> s == Delivery.State.TAKEN)) {
                String text = "delivered: the game took " + Plurals.word(n, what) + " " + numbers(sent.ids());
                status.set(text);
                listener.taken(text);
            } else {
                say("still queued: the game applies it when it next processes the mailbox");
            }
        }));
    }

    /** E.g. {@code #5, #6}. */
    static String numbers(List<Long> ids) {
        return String.join(", ", ids.stream().map(id -> "#" + id).toList());
    }

    /** E.g. {@code #5: queued} or {@code #5 queued, #6 taken}. */
    static String progress(List<Long> ids, List<Delivery.State> states) {
        List<String> each = new ArrayList<>();
        for (int i = 0; i < ids.size() && i < states.size(); i++) {
            String state = switch (states.get(i)) {
                case QUEUED -> "queued";
                case LOCKED -> "being applied";
                case TAKEN -> "taken";
            };
            each.add("#" + ids.get(i) + (ids.size() == 1 ? ": " : " ") + state);
        }
        return String.join(", ", each);
    }

    private void say(String text) {
        status.set(text);
        listener.status(text);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    @Override
    public void close() {
        if (following != null) {
            following.cancel(true);
        }
    }
}
