package dev.profilelens.core.bulk;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a write the journal recorded as begun (but not done) landed, from the stored value and versions:
 * the value stored now, or any version created since the intent, holding exactly the bytes sent (same SHA-256)
 * means it did. Writes are conditional on the version read, so a write that did not land left no such version.
 */
final class WriteSettler {
    /** Versions created since the intent that are examined at most (a server saving meanwhile adds a few). */
    static final int MAX_VERSIONS = 200;
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(2);
    private final ProfileSource source;

    WriteSettler(ProfileSource source) {
        this.source = source;
    }

    /** True when one of {@code intents} (all of the same key) is stored now or in a version since. */
    boolean landed(EntryRef ref, List<BatchJournal.WriteIntent> intents) {
        if (intents.isEmpty()) {
            return false;
        }
        return storedSince(source, ref, intents.get(0).at(), v -> matches(intents, v));
    }

    /**
     * True when the value stored now, or one of the (at most {@value #MAX_VERSIONS}) versions created since
     * {@code since} (less a little clock slack), satisfies {@code holds}.
     */
    static boolean storedSince(ProfileSource source, EntryRef ref, Instant since, Predicate<byte[]> holds) {
        Optional<StoredEntry> now = source.read(ref);
        if (now.isPresent() && holds.test(now.get().value())) {
            return true;
        }
        VersionQuery window = new VersionQuery(since.minus(CLOCK_SLACK), null, false);
        String cursor = null;
        int seen = 0;
        do {
            Page<VersionInfo> page = source.listVersions(ref, window, cursor, 50);
            for (VersionInfo v : page.items()) {
                if (v.deleted() || seen++ >= MAX_VERSIONS) {
                    continue;
                }
                Optional<StoredEntry> old = source.readVersion(ref, v.version());
                if (old.isPresent() && holds.test(old.get().value())) {
                    return true;
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null && seen < MAX_VERSIONS);
        return false;
    }

    private static boolean matches(List<BatchJournal.WriteIntent> intents, byte @Nullable [] value) {
        if (value == null) {
            return false;
        }
        String sha = Sha256.hex(value);
        return intents.stream().anyMatch(w -> w.sha256().equals(sha));
    }
}
