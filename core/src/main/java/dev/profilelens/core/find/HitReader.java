package dev.profilelens.core.find;

import dev.profilelens.core.codec.ProfileCodec;
import dev.profilelens.core.lock.LockClassifier;
import dev.profilelens.core.model.Kind;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.time.Clock;
import java.util.Optional;

/** Reads a found key once to tell its dialect, kind and lock. */
final class HitReader {
    private final ProfileSource source;
    private final LockClassifier locks;

    HitReader(ProfileSource source, Clock clock) {
        this.source = source;
        this.locks = new LockClassifier(clock);
    }

    /** The hit for {@code ref}, or empty when the key vanished since it was listed. */
    Optional<FindHit> read(EntryRef ref, String via) {
        Optional<StoredEntry> entry = source.read(ref);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        ProfileReading r = ProfileCodec.read(entry.get().value());
        String lock = r.kind() == Kind.PROFILE ? locks.classify(r).status().jsonName() : null;
        return Optional.of(new FindHit(ref.store(), ref.scope(), ref.key(), ref, r.dialect().jsonName(),
                r.kind().jsonName(), lock, via));
    }
}
