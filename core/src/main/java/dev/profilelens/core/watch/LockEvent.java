package dev.profilelens.core.watch;

import dev.profilelens.core.lock.LockStatus;
import dev.profilelens.core.model.SessionTag;
import dev.profilelens.core.store.EntryRef;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change seen on a watched key.
 *
 * @param owner             the owner after the change (null when free)
 * @param previousOwner     the owner before the change (null when it was free or on the first reading)
 * @param forceLoadBy       the server in {@code ForceLoadSession} after the change
 * @param loadCount         {@code SessionLoadCount} after the change
 * @param previousLoadCount {@code SessionLoadCount} before the change
 * @param status            the lock status after the change
 * @param version           the stored version read (null when the key is missing)
 */
public record LockEvent(EntryRef key, LockEventKind kind, Instant at, LockStatus status,
                        @Nullable SessionTag owner, @Nullable SessionTag previousOwner,
                        @Nullable SessionTag forceLoadBy, @Nullable Long loadCount, @Nullable Long previousLoadCount,
                        @Nullable String version) {
    public LockEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
    }
}
