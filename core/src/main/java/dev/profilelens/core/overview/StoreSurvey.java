package dev.profilelens.core.overview;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a scan of one data store found.
 *
 * @param store      the data store
 * @param keys       keys read
 * @param complete   false when the scan stopped early (cancelled or at its key cap)
 * @param formats    keys per format (ProfileService, ProfileStore, a profile of no known library, placeholder,
 *                   corrupt)
 * @param locks      profiles per lock state (free, active, stale)
 * @param totalBytes sum of the stored values' sizes
 * @param biggest    the largest values, biggest first
 * @param userIds    distinct UserIds attached to the keys (a floor for the experience's lifetime users)
 * @param at         when the scan finished
 */
public record StoreSurvey(String store, long keys, boolean complete, Map<String, Long> formats,
                          Map<String, Long> locks, long totalBytes, List<KeySize> biggest, long userIds, Instant at) {
    public StoreSurvey {
        Objects.requireNonNull(store, "store");
        formats = Map.copyOf(formats);
        locks = Map.copyOf(locks);
        biggest = List.copyOf(biggest);
        Objects.requireNonNull(at, "at");
    }

    /** Mean value size in bytes (0 for an empty store). */
    public long meanBytes() {
        return keys == 0 ? 0 : totalBytes / keys;
    }
}
