package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.error.RefusedException;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import java.time.Clock;

/**
 * Step 3 of the save pipeline: decides from the value stored now whether a write may go ahead, and what the
 * written value must look like (a cleared stale lock is removed from it). Refusals explain what to do instead.
 */
public final class LockRouter {
    private final LockClassifier locks;

    public LockRouter(Clock clock) {
        this.locks = new LockClassifier(clock);
    }

    /** Returns the value to write, or throws {@link RefusedException} saying why not and what to do. */
    public JsonNode route(SaveRequest request, ProfileReading stored, JsonNode toWrite) {
        String key = request.ref().key();
        switch (stored.kind()) {
            case PROFILE:
                return routeProfile(request, stored, toWrite);
            case UNKNOWN:
                throw new RefusedException("The key " + key + " holds a profile-like value of no known library "
                        + "(ProfileService, ProfileStore or ProfileService Plus). ProfileLens shows it read-only and "
                        + "never rewrites it into another library's shape.");
            case MISSING:
            case PLACEHOLDER:
            case CORRUPT:
                requireConfirmed(request, WriteMode.REPLACE_WHOLE, "The key " + key + " holds "
                        + describe(stored.kind()) + "; it can only be replaced as a whole, after you confirm by "
                        + "typing the key");
                return toWrite;
            default:
                throw new IllegalStateException(stored.kind().name());
        }
    }

    private JsonNode routeProfile(SaveRequest request, ProfileReading stored, JsonNode toWrite) {
        LockState lock = locks.classify(stored);
        String key = request.ref().key();
        switch (lock.status()) {
            case FREE:
                return toWrite;
            case ACTIVE:
                throw new RefusedException("A live game server (" + lock.owner().display() + ") owns " + key
                        + (lock.ageSeconds() == null ? "" : " and saved " + lock.ageSeconds() + " s ago")
                        + ". Writing now would be overwritten by its next autosave or end the player's session. "
                        + "Queue a global update / message instead, or wait until the profile is released.");
            case STALE:
                requireConfirmed(request, WriteMode.CLEAR_STALE_LOCK, "The lock on " + key + " is stale (owner "
                        + lock.owner().display() + ", last save " + lock.ageSeconds() + " s ago, beyond "
                        + lock.deadLockSeconds() + " s). Choose \"clear lock and write\" and type the key to go on");
                return withoutLock(toWrite);
            default:
                throw new IllegalStateException(lock.status().name());
        }
    }

    private static void requireConfirmed(SaveRequest request, WriteMode needed, String refusal) {
        if (request.mode() != needed) {
            throw new RefusedException(refusal + ".");
        }
        if (!request.ref().key().equals(request.confirmation())) {
            throw new RefusedException("Type the key \"" + request.ref().key() + "\" exactly to confirm.");
        }
    }

    /** A stale lock cleared: no {@code ActiveSession}, no {@code ForceLoadSession} (as PSt SetAsync does). */
    static JsonNode withoutLock(JsonNode value) {
        ObjectNode copy = value.deepCopy();
        JsonNode meta = copy.get(copy.has("MetaData") ? "MetaData" : "Metadata");
        if (meta instanceof ObjectNode m) {
            m.remove("ActiveSession");
            m.remove("ForceLoadSession");
        }
        return copy;
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case MISSING -> "no value";
            case PLACEHOLDER -> "a placeholder (only pending global updates, no profile yet)";
            default -> "a corrupt value (the libraries would reset it at the next load)";
        };
    }
}
