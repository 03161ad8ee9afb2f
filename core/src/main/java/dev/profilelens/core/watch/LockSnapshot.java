package dev.profilelens.core.watch;

import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.MetaData;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.StoredEntry;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reading of a watched key, reduced to what lock events are derived from.
 *
 * @param kind       profile / placeholder / corrupt / missing
 * @param version    the stored version, null when missing
 * @param lock       the lock judged at {@code readAt}
 * @param lastUpdate {@code MetaData.LastUpdate} (epoch seconds), null when absent
 * @param loadCount  {@code MetaData.SessionLoadCount}, null when absent
 * @param readAt     when the reading was taken (the watcher's clock)
 */
public record LockSnapshot(Kind kind, @Nullable String version, LockState lock, @Nullable Long lastUpdate,
                           @Nullable Long loadCount, Instant readAt) {
    public LockSnapshot {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(readAt, "readAt");
    }

    /** Reads a stored entry (or its absence) with the codec and the lock classifier. */
    public static LockSnapshot of(@Nullable StoredEntry entry, Instant readAt) {
        ProfileReading reading = entry == null ? ProfileReading.missing() : ProfileCodec.readWithoutData(entry.value());
        MetaData meta = reading.meta();
        LockState lock = LockClassifier.classify(meta, reading.dialect(), readAt.getEpochSecond());
        return new LockSnapshot(reading.kind(), entry == null ? null : entry.version(), lock,
                meta == null ? null : meta.lastUpdate(), meta == null ? null : meta.sessionLoadCount(), readAt);
    }

    /**
     * True when this lock, held at the time of this snapshot, would be dead at {@code at}: the libraries only take
     * over a lock whose {@code LastUpdate} is more than the dead-lock age old.
     */
    public boolean deadAt(Instant at) {
        if (lock.owner() == null || lastUpdate == null) {
            return false;
        }
        return at.getEpochSecond() - lastUpdate > lock.deadLockSeconds();
    }
}
