package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.store.EntryRef;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One {@code LoadProfileAsync} / {@code StartSessionAsync} loop (spec §3.1, §3.4): an UpdateAsync per iteration
 * through the key queue, then the decision to return the profile, give up, or repeat (ForceLoad steps, Steal,
 * handler function; PSt repeat 5 s then 10 s and steal at 4 steps).
 */
final class LoadAttempt {
    private static final Duration RETRY_AFTER_ERROR = Duration.ofSeconds(1);

    private final SessionServer server;
    private final EntryRef ref;
    private final String sessionId;
    private LoadHandler handler;
    private CompletableFuture<Optional<Profile>> target = new CompletableFuture<>();
    private boolean forceLoad;
    private boolean requestForceLoad;
    private boolean stealSession;
    private boolean aggressiveSteal;
    private int steps;
    private int iteration;

    LoadAttempt(SessionServer server, EntryRef ref, LoadHandler handler, String sessionId) {
        this.server = server;
        this.ref = ref;
        this.sessionId = sessionId;
        setHandler(handler);
    }

    private void setHandler(LoadHandler h) {
        handler = h;
        forceLoad = h.mode() == LoadHandler.Decision.FORCE_LOAD;
        requestForceLoad = forceLoad;
        aggressiveSteal = h.mode() == LoadHandler.Decision.STEAL;
    }

    EntryRef ref() {
        return ref;
    }

    CompletableFuture<Optional<Profile>> future() {
        return target;
    }

    /** A newer load of the same key on this server takes over this loop's result; the older caller gets empty. */
    CompletableFuture<Optional<Profile>> yoink(LoadHandler newer) {
        target.complete(Optional.empty());
        target = new CompletableFuture<>();
        setHandler(newer);
        return target;
    }

    void start() {
        server.queue().submit(ref.key(), this::call);
    }

    private void call(Runnable done) {
        if (!server.alive()) {
            return;
        }
        boolean requesting = requestForceLoad;
        SessionConfig config = server.config();
        LoadTransform t = new LoadTransform(server.tag(), config, server.template(), server.scheduler().clock(),
                config.isProfileStore() ? sessionId : null, server.isShuttingDown(), requestForceLoad,
                stealSession, aggressiveSteal);
        server.updateCall().run(ref, t, result -> {
            done.run();
            onResult(t, result.value(), requesting);
        }, error -> {
            done.run();
            server.emit(SessionEvent.Type.ISSUE, ref, 0, "load: " + error.getMessage());
            server.later(RETRY_AFTER_ERROR, this::start);
        });
    }

    private void onResult(LoadTransform t, ObjectNode value, boolean requesting) {
        if (t.corrupt) {
            server.emit(SessionEvent.Type.CORRUPTION, ref, 0, "a corrupt value was replaced by a new profile");
        }
        if (t.outcome == LoadTransform.Outcome.STOLE || t.outcome == LoadTransform.Outcome.TOOK_OVER) {
            server.emit(t.outcome == LoadTransform.Outcome.STOLE ? SessionEvent.Type.STOLE
                    : SessionEvent.Type.TOOK_OVER, ref, t.victimCount, "from " + t.victim);
        } else if (t.outcome == LoadTransform.Outcome.REQUESTED) {
            server.emit(SessionEvent.Type.FORCE_LOAD_REQUESTED, ref, 0, "owner " + active(value));
        }
        JsonNode active = active(value);
        if (server.tag().matches(active)) {
            server.loadFinished(this, value, target, sessionId);
            return;
        }
        if (active == null || server.isShuttingDown()) {
            fail("no lock was taken (shutting down)");
            return;
        }
        iteration++;
        if (server.config().isProfileStore()) {
            pstConflict(value, requesting);
        } else {
            psConflict(value, active, requesting);
        }
    }

    private void pstConflict(ObjectNode value, boolean requesting) {
        ObjectNode meta = StoredValue.object(value, "MetaData");
        server.nudge(meta.get("ActiveSession"), meta.path("SessionLoadCount").asLong(), true);
        if (!aggressiveSteal) {
            if (!server.tag().matches(StoredValue.object(value, "MetaData").get("ForceLoadSession"))) {
                fail("a newer force-load request won");
                return;
            }
            if (!requesting) {
                steps++;
            }
            if (steps >= server.config().pstStealSteps()) {
                stealSession = true;
            }
            requestForceLoad = false;
        }
        SessionConfig c = server.config();
        server.later(iteration == 1 ? c.firstLoadRepeat() : c.loadRepeatPeriod(), this::start);
    }

    private void psConflict(ObjectNode value, JsonNode active, boolean requesting) {
        if (forceLoad) {
            if (!server.tag().matches(StoredValue.object(value, "MetaData").get("ForceLoadSession"))) {
                fail("a newer force-load request won");
                return;
            }
            if (!requesting) {
                steps++;
            }
            if (steps >= server.config().forceLoadMaxSteps()) {
                stealSession = true;
            }
            requestForceLoad = false;
        } else if (!aggressiveSteal) {
            LoadHandler.Decision d = Objects.requireNonNull(handler.function(), "a deciding handler")
                    .decide(active.path(0), active.path(1));
            switch (d) {
                case CANCEL -> {
                    fail("cancelled by the handler");
                    return;
                }
                case FORCE_LOAD -> {
                    forceLoad = true;
                    requestForceLoad = true;
                    steps = 0;
                }
                case STEAL -> aggressiveSteal = true;
                case REPEAT -> {
                }
                default -> throw new IllegalStateException("unexpected decision " + d);
            }
        }
        start();
    }

    private static @Nullable JsonNode active(ObjectNode value) {
        JsonNode a = StoredValue.object(value, "MetaData").get("ActiveSession");
        return a == null || a.isNull() ? null : a;
    }

    private void fail(String why) {
        server.emit(SessionEvent.Type.LOAD_FAILED, ref, 0, why);
        server.loadFinished(this, null, target, sessionId);
    }
}
