package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.app.raw.CompactJson;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Everything the profile panes show, computed off the FX thread in one go: the stored entry, its reading, lock,
 * the inspect report (cli.md). The Raw text is formatted on demand ({@link #rawText()}), by the Raw pane's worker.
 */
public record ProfileSnapshot(EntryRef ref, @Nullable StoredEntry entry, ProfileReading reading, LockState lock,
                              JsonNode report, Instant readAt) {

    /** The value as readable JSON (the stored text itself when it is not JSON); slow for large values. */
    public String rawText() {
        if (reading.root() != null) {
            return CompactJson.pretty(reading.root());
        }
        return entry == null ? "" : new String(entry.value(), StandardCharsets.UTF_8);
    }
}
