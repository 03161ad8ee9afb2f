package dev.profilelens.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * The first step of every save, before any intent is applied: decides from the value stored now whether a write may
 * go ahead. Refusals explain what to do instead.
 */
public final class LockRouter {
    private final LockClassifier locks;

    public LockRouter(Clock clock) {
        this.locks = new LockClassifier(clock);
    }

    /** The lock as classified now (free for anything that is not a profile). */
    public LockState classify(ProfileReading stored) {
        return locks.classify(stored);
    }

    /** Null when the write may go ahead, else why not. */
    public SaveResult.@Nullable Refused check(EditRequest request, ProfileReading stored) {
        String key = request.ref().key();
        if (stored.kind() == Kind.UNKNOWN) {
            return new SaveResult.Refused(SaveResult.Refused.Reason.WHOLE_VALUE, null, "The key " + key + " holds a "
                    + "profile-like value of no known library (ProfileService, ProfileStore or ProfileService Plus). "
                    + "ProfileLens shows it read-only and never rewrites it into another library's shape.");
        }
        if (stored.kind() != Kind.PROFILE) {
            return confirmed(request, WriteMode.REPLACE_WHOLE, SaveResult.Refused.Reason.WHOLE_VALUE, null,
                    "The key " + key + " holds " + describe(stored.kind()) + "; it can only be replaced as a whole, "
                            + "after you confirm by typing the key");
        }
        LockState lock = locks.classify(stored);
        switch (lock.status()) {
            case FREE:
                return null;
            case ACTIVE:
                return new SaveResult.Refused(SaveResult.Refused.Reason.LIVE_SESSION, lock, "A live game server ("
                        + lock.ownerDisplay() + ") owns " + key + (lock.ageSeconds() == null ? ""
                        : " and saved " + lock.ageSeconds() + " s ago") + ". Writing now would be overwritten by its "
                        + "next autosave or end the player's session. Deliver the edit as a global update / message, "
                        + "hand the profile over, or wait until it is released.");
            case STALE:
                return confirmed(request, WriteMode.CLEAR_STALE_LOCK, SaveResult.Refused.Reason.STALE_LOCK, lock,
                        "The lock on " + key + " is stale (owner " + lock.ownerDisplay() + ", last save "
                                + lock.ageSeconds() + " s ago, beyond " + lock.deadLockSeconds() + " s). Choose "
                                + "\"clear lock and write\" and type the key to go on");
            default:
                throw new IllegalStateException(lock.status().name());
        }
    }

    private static SaveResult.@Nullable Refused confirmed(EditRequest request, WriteMode needed,
                                                         SaveResult.Refused.Reason reason, @Nullable LockState lock,
                                                         String refusal) {
        if (request.mode() != needed) {
            return new SaveResult.Refused(reason, lock, refusal + ".");
        }
        if (!request.ref().key().equals(request.confirmation())) {
            return new SaveResult.Refused(SaveResult.Refused.Reason.CONFIRMATION, lock, "Type the key \""
                    + request.ref().key() + "\" exactly to confirm.");
        }
        return null;
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
