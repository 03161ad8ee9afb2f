package dev.profilelens.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * The owner's save transform (spec §3.2, §3.4): only when the stored lock is this server's <em>and</em> the stored
 * {@code SessionLoadCount} is the one this session loaded, apply pending global update locks/clears (PS) or drop
 * processed messages (PSt), write Data, MetaTags (PS), UserIds, RobloxMetaData and {@code LastUpdate}, and remove
 * the lock on release (PS also when a foreign force-load is pending). Otherwise the value is left unchanged.
 */
final class SaveTransform implements UpdateCall.Transform {
    private final Profile profile;
    private final ServerTag tag;
    private final SessionConfig config;
    private final Clock clock;
    private final boolean release;

    boolean owned;
    boolean forceLoadPending;

    SaveTransform(Profile profile, ServerTag tag, SessionConfig config, Clock clock, boolean release) {
        this.profile = profile;
        this.tag = tag;
        this.config = config;
        this.clock = clock;
        this.release = release;
    }

    /** The ownership rule, used inside the transform and again on the stored result. */
    static boolean owns(ServerTag tag, ObjectNode meta, long loadCount) {
        JsonNode count = meta.get("SessionLoadCount");
        return tag.matches(meta.get("ActiveSession")) && count != null && count.isNumber()
                && count.asLong() == loadCount;
    }

    @Override
    public ObjectNode apply(@Nullable JsonNode stored) {
        StoredValue sv = StoredValue.prepare(stored, config.dialect());
        if (sv.missing) {
            throw new IllegalStateException("The stored value of " + profile.ref() + " is no longer a profile (it"
                    + " was wiped or replaced while loaded); the save cannot run");
        }
        ObjectNode meta = sv.meta();
        owned = owns(tag, meta, profile.sessionLoadCount());
        JsonNode fls = meta.get("ForceLoadSession");
        forceLoadPending = fls != null && !fls.isNull() && !tag.matches(fls);
        if (owned) {
            ArrayNode entries = sv.entries();
            if (entries != null) {
                if (config.isProfileStore()) {
                    profile.messages().removeProcessed(entries);
                } else {
                    profile.globalUpdates().applyPending(entries);
                }
            }
            sv.value.set("Data", profile.data().deepCopy());
            sv.value.set(config.dialect().robloxMetaField(), profile.robloxMetaData().deepCopy());
            ArrayNode ids = sv.value.putArray("UserIds");
            profile.userIdsRaw().forEach(ids::add);
            if (!config.isProfileStore()) {
                meta.set(config.dialect().metaTagsField(), profile.metaTags().deepCopy());
            }
            meta.put("LastUpdate", clock.instant().getEpochSecond());
            if (release || (!config.isProfileStore() && forceLoadPending)) {
                meta.remove("ActiveSession");
            }
        }
        return sv.finish(config.dialect());
    }

}
