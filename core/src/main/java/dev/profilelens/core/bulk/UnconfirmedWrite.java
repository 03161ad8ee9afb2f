package dev.profilelens.core.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.diff.JsonEquals;
import dev.profilelens.core.diff.JsonPatch;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import org.jspecify.annotations.Nullable;

/**
 * A batch write whose audit entry stayed {@code unconfirmed} (its intent was recorded, its outcome never was: the
 * process died in between, issue #20 item 3). Whether it landed is decided from the store: the value it meant to
 * write (the entry's patch applied to the version it was conditional on) is the current value, or a version made
 * since the entry. Writes are conditional on that version, so one that did not land left no such value.
 */
final class UnconfirmedWrite {
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
        JsonNode sent = after;
        return WriteSettler.storedSince(source, ref, e.time(), v -> JsonEquals.equal(parse(v), sent)) ? after : null;
    }

    private static @Nullable JsonNode parse(byte[] value) {
        try {
            return RobloxJson.parse(value);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
