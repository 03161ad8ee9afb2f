package dev.profilelens.core.updates;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.SaveOutcome;
import dev.profilelens.core.edit.SavePipeline;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.wait.Poll;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Delivers an edit to a profile a live server owns (ADR 0091): the intents become global updates (ProfileService) or
 * messages (ProfileStore) through the store's template, written with the library's own sender-side transform, and
 * are then followed until the game took them (the entries leave the mailbox).
 */
public final class Delivery {
    private final SavePipeline pipeline;
    private final ProfileSource source;
    private final Poll polls;

    public Delivery(SavePipeline pipeline, ProfileSource source) {
        this(pipeline, source, Poll.real());
    }

    public Delivery(SavePipeline pipeline, ProfileSource source, Poll polls) {
        this.pipeline = pipeline;
        this.source = source;
        this.polls = polls;
    }

    /** Renders the updates (refusing what the template cannot express) and writes them in one conditional write. */
    public Sent send(EntryRef ref, List<Intent> intents, DeliveryTemplate template, String reason) {
        List<JsonNode> updates = template.render(intents);
        List<Long> ids = new ArrayList<>();
        Dialect[] dialect = {Dialect.PROFILESERVICE};
        SaveOutcome out = pipeline.update(ref, stored -> {
            ids.clear();
            dialect[0] = stored != null && ProfileCodec.detectDialect(stored) == Dialect.PROFILESTORE
                    ? Dialect.PROFILESTORE : Dialect.PROFILESERVICE;
            JsonNode v = stored;
            for (JsonNode u : updates) {
                v = dialect[0] == Dialect.PROFILESTORE ? GlobalUpdates.message(v, u) : GlobalUpdates.addActive(v, u);
                ids.add(v.get("GlobalUpdates").get(0).asLong());
            }
            return v;
        }, "deliver", reason);
        return new Sent(ref, dialect[0], List.copyOf(ids), updates,
                Objects.requireNonNull(out.versionAfter(), "a delivery writes a version"));
    }

    /** Where each sent update is now. */
    public List<State> states(Sent sent) {
        Optional<StoredEntry> e = source.read(sent.ref());
        JsonNode entries = e.map(x -> RobloxJson.parse(x.value()).at("/GlobalUpdates/1"))
                .orElse(RobloxJson.nodes().missingNode());
        List<State> out = new ArrayList<>();
        for (long id : sent.ids()) {
            State s = State.TAKEN;
            for (JsonNode entry : entries) {
                if (entry.isArray() && entry.path(0).asLong() == id) {
                    s = sent.dialect() == Dialect.PROFILESERVICE && entry.path(2).asBoolean() ? State.LOCKED
                            : State.QUEUED;
                }
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Polls until every update was taken, the deadline passed or the thread was interrupted; reports each change of
     * the states. Returns the last states seen.
     */
    public List<State> follow(Sent sent, Duration timeout, Duration poll,
                              Consumer<List<State>> onChange) {
        List<List<State>> last = new ArrayList<>(List.of(List.of()));
        return polls.until(timeout, poll, () -> false, () -> {
            List<State> now = states(sent);
            if (!now.equals(last.get(0))) {
                onChange.accept(now);
                last.set(0, now);
            }
            return now.stream().allMatch(s -> s == State.TAKEN) ? Optional.of(now) : Optional.empty();
        }).orElseGet(() -> last.get(0));
    }

    /** Where an update is. */
    public enum State {
        /** Stored and waiting for the owner (or the next session) to pick it up. */
        QUEUED,
        /** ProfileService: the owner locked it and is applying it. */
        LOCKED,
        /** Gone from the mailbox: the game applied it and cleared it (in the same write as the Data). */
        TAKEN
    }

    /**
     * What was sent.
     *
     * @param ids the mailbox ids the updates / messages got, in order
     */
    public record Sent(EntryRef ref, Dialect dialect, List<Long> ids, List<JsonNode> updates, String version) {
        public Sent {
            ids = List.copyOf(ids);
            updates = List.copyOf(updates);
        }
    }
}
