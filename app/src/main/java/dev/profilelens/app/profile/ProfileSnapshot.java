package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything the profile panes show, computed off the FX thread in one go: the stored entry, its reading, lock,
 * the inspect report (cli.md); the Raw pane's content is made beside the decoding ({@link RawText}).
 */
public record ProfileSnapshot(EntryRef ref, @Nullable StoredEntry entry, ProfileReading reading, LockState lock,
                              JsonNode report, Instant readAt, RawText raw) {

    /** The stored text laid out for reading (tokens exactly as stored); waits for the formatter. */
    public String rawText() {
        return raw.text();
    }

    // written out: a record's own equals is linked at its first call, 5-40 ms in a fresh JVM (ADR 0273)
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ProfileSnapshot s && ref.equals(s.ref) && Objects.equals(entry, s.entry)
                && reading.equals(s.reading) && lock.equals(s.lock) && report.equals(s.report)
                && readAt.equals(s.readAt) && raw.equals(s.raw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, entry, reading, lock, report, readAt, raw);
    }
}
