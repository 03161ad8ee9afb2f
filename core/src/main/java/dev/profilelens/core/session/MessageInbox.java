package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The receiving side of ProfileStore messages on a session (spec §5.4). A handler registered with
 * {@link #handler(MessageHandler)} is offered every stored message not yet processed; after each owned save, new
 * messages go to the handlers in order until one calls {@code processed}; processed ids are removed by the next
 * save, in the same write as Data.
 */
public final class MessageInbox {
    /** Handles one message; calls {@code processed.run()} (synchronously) to consume it. */
    @FunctionalInterface
    public interface MessageHandler {
        void handle(JsonNode message, Runnable processed);
    }

    private final Profile profile;
    private final Scheduler scheduler;
    private final List<MessageHandler> handlers = new ArrayList<>();
    private final Set<Long> seen = new HashSet<>();
    private final Set<Long> processed = new HashSet<>();
    private Map<Long, JsonNode> stored;

    MessageInbox(Profile profile, Scheduler scheduler, ArrayNode entriesAtLoad) {
        this.profile = profile;
        this.scheduler = scheduler;
        this.stored = read(entriesAtLoad);
        seen.addAll(stored.keySet());
    }

    /** Id → message of a stored entry list; a PS 4-tuple counts as a message (its last element), as PSt reads it. */
    static Map<Long, JsonNode> read(ArrayNode entries) {
        Map<Long, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode e : entries) {
            if (e.isArray() && e.size() >= 2 && e.get(0).isNumber()) {
                out.put(e.get(0).asLong(), e.get(e.size() - 1));
            }
        }
        return out;
    }

    /** Registers a handler and offers it (spawned) every stored message not yet processed. */
    public void handler(MessageHandler handler) {
        handlers.add(handler);
        for (Map.Entry<Long, JsonNode> m : stored.entrySet()) {
            long id = m.getKey();
            JsonNode message = m.getValue().deepCopy();
            scheduler.schedule(Duration.ZERO, () -> {
                if (profile.isActive() && !processed.contains(id)) {
                    handler.handle(message, () -> processed.add(id));
                }
            });
        }
    }

    /** Messages stored at the last read or save and not processed, in stored order. */
    public List<JsonNode> unprocessed() {
        List<JsonNode> out = new ArrayList<>();
        stored.forEach((id, m) -> {
            if (!processed.contains(id)) {
                out.add(m.deepCopy());
            }
        });
        return out;
    }

    /** Inside the save transform: drop processed ids. */
    void removeProcessed(ArrayNode entries) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            JsonNode e = entries.get(i);
            if (e.isArray() && e.size() >= 2 && processed.contains(e.get(0).asLong())) {
                entries.remove(i);
            }
        }
    }

    /** After an owned save: deliver messages never seen before, when {@code notify}. */
    void afterSave(ArrayNode entries, boolean notify) {
        stored = read(entries);
        for (Map.Entry<Long, JsonNode> m : stored.entrySet()) {
            long id = m.getKey();
            if (!seen.add(id) || !notify) {
                continue;
            }
            for (MessageHandler h : List.copyOf(handlers)) {
                h.handle(m.getValue().deepCopy(), () -> processed.add(id));
                if (processed.contains(id)) {
                    break;
                }
            }
        }
    }
}
