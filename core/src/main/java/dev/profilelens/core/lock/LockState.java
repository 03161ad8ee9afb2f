package dev.profilelens.core.lock;

import dev.profilelens.core.model.SessionTag;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who holds a profile and how fresh the hold is.
 *
 * @param owner               the {@code ActiveSession} server, null when free
 * @param ageSeconds          now - {@code LastUpdate} while owned; null when free or without {@code LastUpdate}
 * @param forceLoadRequestedBy the server waiting in {@code ForceLoadSession}, also when already released
 * @param deadLockSeconds     the dialect's threshold the age was judged against
 */
public record LockState(LockStatus status, @Nullable SessionTag owner, @Nullable Long ageSeconds,
                        @Nullable SessionTag forceLoadRequestedBy, long deadLockSeconds) {
    public LockState {
        Objects.requireNonNull(status, "status");
        if ((status == LockStatus.FREE) != (owner == null)) {
            throw new IllegalArgumentException("an owner is required exactly when the lock is held");
        }
    }

    public boolean isHeld() {
        return owner != null;
    }

    /** The owner as shown to people, {@code "none"} when the lock is free. */
    public String ownerDisplay() {
        return owner == null ? "none" : owner.display();
    }

    /** Seconds left before the lock counts as dead, or null when free / without {@code LastUpdate}. */
    public @Nullable Long secondsUntilStale() {
        return ageSeconds == null || owner == null ? null : Math.max(0, deadLockSeconds - ageSeconds + 1);
    }
}
