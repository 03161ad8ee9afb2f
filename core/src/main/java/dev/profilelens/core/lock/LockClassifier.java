package dev.profilelens.core.lock;

import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.model.MetaData;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.model.SessionTag;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a profile's lock against an injected clock (spec §3.3–§3.5). Stale means
 * {@code now - LastUpdate > deadLockSeconds} (strictly); a lock with no {@code LastUpdate} is never stale.
 */
public final class LockClassifier {
    private final Clock clock;

    public LockClassifier(Clock clock) {
        this.clock = clock;
    }

    /** Uses the dialect read from the value (unknown → ProfileService's threshold). */
    public LockState classify(ProfileReading reading) {
        return classify(reading, reading.dialect());
    }

    /** Uses an explicit dialect, e.g. the one the user says the store belongs to. */
    public LockState classify(ProfileReading reading, Dialect dialect) {
        return classify(reading.meta(), dialect, clock.instant().getEpochSecond());
    }

    public static LockState classify(@Nullable MetaData meta, Dialect dialect, long nowEpochSeconds) {
        long threshold = dialect.deadLockSeconds();
        if (meta == null) {
            return new LockState(LockStatus.FREE, null, null, null, threshold);
        }
        SessionTag owner = meta.activeSession();
        SessionTag requester = meta.forceLoadSession();
        if (owner == null) {
            return new LockState(LockStatus.FREE, null, null, requester, threshold);
        }
        Long last = meta.lastUpdate();
        if (last == null) {
            return new LockState(LockStatus.ACTIVE, owner, null, requester, threshold);
        }
        long age = nowEpochSeconds - last;
        LockStatus status = age > threshold ? LockStatus.STALE : LockStatus.ACTIVE;
        return new LockState(status, owner, age, requester, threshold);
    }
}
