package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An in-process stand-in for Roblox MessagingService as ProfileStore uses it (spec §3.4, §5.4): topics
 * {@code "PS_" + sessionId}; a message is delivered to every subscriber on the subscriber's own scheduler.
 * Thread-safe; shared by all servers of one simulated universe.
 */
public final class SessionMessaging {
    /** A live subscription. */
    public interface Subscription {
        void cancel();
    }

    private record Subscriber(Scheduler scheduler, Consumer<JsonNode> handler) {
    }

    private final Map<String, List<Subscriber>> topics = new ConcurrentHashMap<>();
    private final Duration latency;

    public SessionMessaging(Duration latency) {
        this.latency = latency;
    }

    public Subscription subscribe(String topic, Scheduler scheduler, Consumer<JsonNode> handler) {
        Subscriber s = new Subscriber(scheduler, handler);
        topics.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(s);
        return () -> topics.computeIfPresent(topic, (t, list) -> {
            list.remove(s);
            return list.isEmpty() ? null : list;
        });
    }

    public void publish(String topic, JsonNode message) {
        for (Subscriber s : topics.getOrDefault(topic, List.of())) {
            JsonNode copy = message.deepCopy();
            s.scheduler().schedule(latency, () -> s.handler().accept(copy));
        }
    }

    /** Topics with at least one subscriber (for leak checks). */
    public int topicCount() {
        return topics.size();
    }
}
