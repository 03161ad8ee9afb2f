package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.codec.RobloxJson;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * The lock-acquisition transform of one load iteration (spec §3.1, §3.4): existing / missing / edit hooks, run on
 * the latest stored value. Re-runnable (a conflicting write runs it again); its outcome fields describe the last
 * run, i.e. the value actually written.
 */
final class LoadTransform implements UpdateCall.Transform {
    enum Outcome { TOOK_FREE, KEPT_OWN, CREATED, STOLE, TOOK_OVER, REQUESTED, WAITING }

    private final ServerTag tag;
    private final SessionConfig config;
    private final ObjectNode template;
    private final Clock clock;
    private final @Nullable String sessionId;
    private final boolean shuttingDown;
    private final boolean requestForceLoad;
    private final boolean stealSession;
    private final boolean aggressiveSteal;

    Outcome outcome = Outcome.WAITING;
    boolean corrupt;
    @Nullable JsonNode victim;
    long victimCount;

    LoadTransform(ServerTag tag, SessionConfig config, ObjectNode template, Clock clock, @Nullable String sessionId,
                  boolean shuttingDown, boolean requestForceLoad, boolean stealSession, boolean aggressiveSteal) {
        this.tag = tag;
        this.config = config;
        this.template = template;
        this.clock = clock;
        this.sessionId = sessionId;
        this.shuttingDown = shuttingDown;
        this.requestForceLoad = requestForceLoad;
        this.stealSession = stealSession;
        this.aggressiveSteal = aggressiveSteal;
    }

    private JsonNode lockTag() {
        return sessionId == null ? tag.toJson() : tag.toJson(sessionId);
    }

    @Override
    public ObjectNode apply(@Nullable JsonNode stored) {
        outcome = Outcome.WAITING;
        victim = null;
        long now = clock.instant().getEpochSecond();
        StoredValue sv = StoredValue.prepare(stored, config.dialect());
        corrupt = sv.corrupt;
        if (sv.missing) {
            missing(sv, now);
        } else if (!shuttingDown) {
            existing(sv.meta(), now);
        }
        if (!shuttingDown) {
            ObjectNode meta = sv.meta();
            if (tag.matches(meta.get("ActiveSession"))) {
                meta.put("SessionLoadCount", meta.path("SessionLoadCount").asLong() + 1);
                meta.put("LastUpdate", now);
            }
        }
        return sv.finish(config.dialect());
    }

    private void missing(StoredValue sv, long now) {
        sv.value.set("Data", template.deepCopy());
        ObjectNode meta = sv.value.putObject(config.dialect().metaField());
        meta.put("ProfileCreateTime", now);
        meta.put("SessionLoadCount", 0);
        meta.set("ActiveSession", lockTag());
        meta.set(config.dialect().metaTagsField(), RobloxJson.nodes().objectNode());
        outcome = Outcome.CREATED;
    }

    private void existing(ObjectNode meta, long now) {
        JsonNode active = meta.get("ActiveSession");
        if (active == null || active.isNull()) {
            take(meta, Outcome.TOOK_FREE);
            return;
        }
        if (tag.matches(active)) {
            meta.remove("ForceLoadSession");
            outcome = Outcome.KEPT_OWN;
            return;
        }
        JsonNode last = meta.get("LastUpdate");
        if (last != null && last.isNumber() && now - last.asLong() > config.assumeDead().toSeconds()) {
            victim(meta, active);
            take(meta, Outcome.TOOK_OVER);
        } else if (stealSession || aggressiveSteal) {
            if (aggressiveSteal || tag.matches(meta.get("ForceLoadSession"))) {
                victim(meta, active);
                take(meta, Outcome.STOLE);
            }
        } else if (requestForceLoad) {
            meta.set("ForceLoadSession", tag.toJson());
            outcome = Outcome.REQUESTED;
        }
    }

    private void victim(ObjectNode meta, JsonNode active) {
        victim = active.deepCopy();
        victimCount = meta.path("SessionLoadCount").asLong();
    }

    private void take(ObjectNode meta, Outcome how) {
        meta.set("ActiveSession", lockTag());
        meta.remove("ForceLoadSession");
        outcome = how;
    }
}
