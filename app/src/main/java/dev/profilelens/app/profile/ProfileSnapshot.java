package dev.profilelens.app.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.lock.LockState;
import dev.profilelens.core.model.ProfileReading;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.StoredEntry;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Everything the profile panes show, computed off the FX thread in one go: the stored entry, its reading, lock,
 * the inspect report (cli.md) and the pretty JSON text.
 */
public record ProfileSnapshot(EntryRef ref, @Nullable StoredEntry entry, ProfileReading reading, LockState lock,
                              JsonNode report, String prettyText, Instant readAt) {
}
