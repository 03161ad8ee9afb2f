package dev.profilelens.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.diff.JsonPatch;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.VersionInfo;
import dev.profilelens.core.store.VersionQuery;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A batch write whose audit entry stayed {@code unconfirmed} (its intent was recorded, its outcome never was: the
 * process died in between, issue #20 item 3). Whether it landed is decided from the store: the value it meant to
 * write (the entry's patch applied to the version it was conditional on) is the current value, or a version made
 * since the entry. Writes are conditional on that version, so one that did not land left no such value.
 */
final class UnconfirmedWrite {
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(2);

    private UnconfirmedWrite() {
    }

    /** The value the write stored, when it landed; null when it did not (or its after-state cannot be rebuilt). */
    static @Nullable JsonNode landed(ProfileSource source, EntryRef ref, @Nullable JsonNode before, AuditEntry e) {
        JsonNode after;
        try {
            after = JsonPatch.apply(e.patch(), before == null ? RobloxJson.nodes().nullNode() : before);
        } catch (RuntimeException unfit) {
            return null;
        }
        Optional<StoredEntry> now = source.read(ref);
        if (now.isPresent() && JsonEquals.equal(RobloxJson.parse(now.get().value()), after)) {
            return after;
        }
        VersionQuery since = new VersionQuery(e.time().minus(CLOCK_SLACK), null, false);
        String cursor = null;
        int seen = 0;
        do {
            Page<VersionInfo> page = source.listVersions(ref, since, cursor, 50);
            for (VersionInfo v : page.items()) {
                if (v.deleted() || seen++ >= WriteSettler.MAX_VERSIONS) {
                    continue;
                }
                Optional<StoredEntry> old = source.readVersion(ref, v.version());
                if (old.isPresent() && JsonEquals.equal(RobloxJson.parse(old.get().value()), after)) {
                    return after;
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null && seen < WriteSettler.MAX_VERSIONS);
        return null;
    }
}
