package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.updates.GlobalUpdates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One game server's session runtime for one profile store — the equivalent of a ProfileService
 * {@code ProfileStore} object or a ProfileStore store on one Roblox server. Single-threaded: every method must be
 * called on the scheduler's thread (tests drive a {@link VirtualScheduler}; the simulator a
 * {@link ThreadScheduler}).
 */
public final class SessionServer {
    private final Scheduler scheduler;
    private final ServerTag tag;
    private final SessionConfig config;
    private final String store;
    private final String scope;
    private final ObjectNode template;
    private final Random random;
    private final KeyQueue queue;
    private final UpdateCall updateCall;
    private final ProfileSaver saver = new ProfileSaver(this);
    private final AutoSaver autoSaver;
    private final Map<String, Profile> loaded = new HashMap<>();
    private final Map<String, LoadAttempt> loading = new HashMap<>();
    private final List<SessionListener> listeners = new ArrayList<>();
    private final Map<Profile, SessionMessaging.Subscription> subscriptions = new HashMap<>();
    private @Nullable SessionMessaging messaging;
    private final Map<Profile, Instant> lastNudge = new HashMap<>();
    private final CompletableFuture<Void> shutdownDone = new CompletableFuture<>();
    private boolean alive = true;
    private boolean shuttingDown;
    private int jobs;

    public SessionServer(ProfileSource source, Scheduler scheduler, ServerTag tag, SessionConfig config,
                         String store, ObjectNode template, long seed) {
        Objects.requireNonNull(source, "source");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.tag = Objects.requireNonNull(tag, "tag");
        this.config = Objects.requireNonNull(config, "config");
        this.store = Objects.requireNonNull(store, "store");
        this.scope = EntryRef.DEFAULT_SCOPE;
        this.template = template.deepCopy();
        this.random = new Random(seed);
        this.queue = new KeyQueue(scheduler, config.writeCooldown());
        this.updateCall = new UpdateCall(source, scheduler, config.storeLatency(), () -> alive);
        this.autoSaver = new AutoSaver(this);
    }

    /**
     * ProfileStore only: use this MessagingService stand-in so that force-loads ask the owner to end its session at
     * once and messages make the owner save early (spec §3.4, §5.4). Without it owners react at their next save.
     */
    public void useMessaging(SessionMessaging bus) {
        if (config.isProfileStore()) {
            this.messaging = bus;
        }
    }

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public ServerTag tag() {
        return tag;
    }

    public SessionConfig config() {
        return config;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public String store() {
        return store;
    }

    public EntryRef ref(String key) {
        return new EntryRef(store, scope, key);
    }

    ObjectNode template() {
        return template;
    }

    KeyQueue queue() {
        return queue;
    }

    UpdateCall updateCall() {
        return updateCall;
    }

    boolean alive() {
        return alive;
    }

    public boolean isShuttingDown() {
        return shuttingDown;
    }

    /** The profile this server holds for {@code key}, if any. */
    public Optional<Profile> loaded(String key) {
        return Optional.ofNullable(loaded.get(key));
    }

    public Collection<Profile> loadedProfiles() {
        return List.copyOf(loaded.values());
    }

    /** Loads currently in progress (for the "no leaks" check). */
    public int loadsInFlight() {
        return loading.size();
    }

    /**
     * PS {@code LoadProfileAsync(key, handler)} / PSt {@code StartSessionAsync(key, {Steal})}. Completes with the
     * profile, or empty when the load gave up (cancel, a newer requester, a newer load of the same key here,
     * shutdown). Throws when the key is already loaded here.
     */
    public CompletableFuture<Optional<Profile>> load(String key, LoadHandler handler) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("profile key must be a non-empty string");
        }
        if (config.isProfileStore() && handler.function() != null) {
            throw new IllegalArgumentException("ProfileStore sessions take ForceLoad or Steal, not a function");
        }
        if (loaded.containsKey(key)) {
            throw new IllegalStateException("Profile " + ref(key) + " is already loaded in this session");
        }
        if (shuttingDown || !alive) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        LoadAttempt inFlight = loading.get(key);
        if (inFlight != null) {
            return inFlight.yoink(handler);
        }
        LoadAttempt attempt = new LoadAttempt(this, ref(key), handler, guid());
        loading.put(key, attempt);
        attempt.start();
        return attempt.future();
    }

    private String guid() {
        return new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase(Locale.ROOT);
    }

    void loadFinished(LoadAttempt attempt, @Nullable ObjectNode value, CompletableFuture<Optional<Profile>> target,
                      String sessionId) {
        loading.remove(attempt.ref().key(), attempt);
        if (value == null) {
            target.complete(Optional.empty());
            maybeFinishShutdown();
            return;
        }
        EntryRef r = attempt.ref();
        Profile p = new Profile(this, r, value, config.isProfileStore() ? sessionId : null);
        if (shuttingDown) {
            saver.save(p, true, "Shutdown");
            target.complete(Optional.empty());
            return;
        }
        loaded.put(r.key(), p);
        autoSaver.add(p);
        subscribe(p);
        emit(SessionEvent.Type.LOADED, r, p.sessionLoadCount(), "");
        target.complete(Optional.of(p));
    }

    void autoSave(Profile p) {
        if (!config.isProfileStore() && queue.hasWaiting(p.key())) {
            return;
        }
        saver.save(p, false, "");
    }

    void manualSave(Profile p) {
        if (!p.isActive()) {
            return;
        }
        if (!config.isProfileStore() && queue.hasWaiting(p.key())) {
            return;
        }
        autoSaver.touched(p);
        saver.save(p, false, "");
    }

    void release(Profile p, String reason) {
        if (!p.isActive()) {
            return;
        }
        unregister(p, tag.toJson());
        saver.save(p, true, reason);
    }

    private void subscribe(Profile p) {
        if (messaging == null || p.sessionId() == null) {
            return;
        }
        subscriptions.put(p, messaging.subscribe("PS_" + p.sessionId(), scheduler, m -> {
            if (!alive || !p.isActive() || m.path("LoadCount").asLong(-1) != p.sessionLoadCount()) {
                return;
            }
            Instant now = scheduler.clock().instant();
            Instant last = lastNudge.get(p);
            if (last != null && now.isBefore(last.plus(config.messageCooldown()))) {
                return;
            }
            lastNudge.put(p, now);
            if (m.path("EndSession").asBoolean(false)) {
                release(p, "External");
            } else {
                p.save();
            }
        }));
    }

    /** PSt: asks the owner of a session ({@code ActiveSession[3]}) to save, or to end the session. */
    void nudge(@Nullable JsonNode activeSession, long loadCount, boolean endSession) {
        if (messaging == null || activeSession == null || !activeSession.path(2).isTextual()) {
            return;
        }
        ObjectNode m = RobloxJson.nodes()
                .objectNode().put("LoadCount", loadCount);
        if (endSession) {
            m.put("EndSession", true);
        }
        messaging.publish("PS_" + activeSession.get(2).asText(), m);
    }

    void unregister(Profile p, @Nullable JsonNode newOwner) {
        SessionMessaging.Subscription sub = subscriptions.remove(p);
        if (sub != null) {
            sub.cancel();
        }
        lastNudge.remove(p);
        loaded.remove(p.key(), p);
        autoSaver.remove(p);
        p.deactivate(newOwner);
    }

    /** PS {@code GlobalUpdateProfileAsync} adding one Active update (through this server's key queue). */
    public CompletableFuture<UpdateCall.Result> addGlobalUpdate(String key, JsonNode data) {
        return send(key, stored -> (ObjectNode) GlobalUpdates.addActive(stored, data));
    }

    /** PSt {@code MessageAsync}; saves early when this server holds the session. */
    public CompletableFuture<UpdateCall.Result> sendMessage(String key, JsonNode message) {
        CompletableFuture<UpdateCall.Result> f = send(key,
                stored -> (ObjectNode) GlobalUpdates.message(stored, message));
        return f.whenComplete((r, e) -> {
            Profile p = loaded.get(key);
            if (e == null && p != null) {
                p.save();
            } else if (e == null) {
                JsonNode meta = r.value().path(config.dialect().metaField());
                nudge(meta.get("ActiveSession"), meta.path("SessionLoadCount").asLong(), false);
            }
        });
    }

    private CompletableFuture<UpdateCall.Result> send(String key, UpdateCall.Transform t) {
        CompletableFuture<UpdateCall.Result> out = new CompletableFuture<>();
        queue.submit(key, done -> updateCall.run(ref(key), t, r -> {
            done.run();
            out.complete(r);
        }, e -> {
            done.run();
            out.completeExceptionally(e);
        }));
        return out;
    }

    /** BindToClose: stop loading, release every profile, complete when no load or save is left. */
    public CompletableFuture<Void> shutdown() {
        if (!shuttingDown) {
            shuttingDown = true;
            autoSaver.stop();
            for (Profile p : List.copyOf(loaded.values())) {
                release(p, "Shutdown");
            }
            maybeFinishShutdown();
        }
        return shutdownDone;
    }

    /** The server dies: nothing more is written, locks stay as stored (they go stale). */
    public void crash() {
        if (!alive) {
            return;
        }
        alive = false;
        autoSaver.stop();
        for (Profile p : List.copyOf(loaded.values())) {
            p.kill();
        }
        subscriptions.values().forEach(SessionMessaging.Subscription::cancel);
        subscriptions.clear();
        loaded.clear();
        loading.values().forEach(a -> a.future().complete(Optional.empty()));
        loading.clear();
        emit(SessionEvent.Type.CRASHED, ref("-"), 0, "");
    }

    void jobStarted() {
        jobs++;
    }

    void jobFinished() {
        jobs--;
        maybeFinishShutdown();
    }

    /** Saves and releases in progress. */
    public int jobsInFlight() {
        return jobs;
    }

    private void maybeFinishShutdown() {
        if (shuttingDown && jobs == 0 && loading.isEmpty()) {
            shutdownDone.complete(null);
        }
    }

    Scheduler.Task later(Duration delay, Runnable task) {
        return scheduler.schedule(delay, () -> {
            if (alive) {
                task.run();
            }
        });
    }

    void emit(SessionEvent.Type type, EntryRef ref, long loadCount, String detail) {
        SessionEvent e = new SessionEvent(type, scheduler.clock().instant(), tag.display(), ref, loadCount, detail);
        for (SessionListener l : List.copyOf(listeners)) {
            l.onEvent(e);
        }
    }
}
