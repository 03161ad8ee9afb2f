package dev.profilelens.connectors.sqlite.seed;

import dev.profilelens.core.model.Dialect;
import dev.profilelens.core.store.EntryRef;

/**
 * Everything random about one seeded key, drawn once so each of its versions is built consistently.
 *
 * @param id          the player's UserId, or the house number
 * @param times       write times (epoch seconds) of its versions, oldest first
 * @param placeId     the place of the server that wrote it last
 */
record SeedProfile(EntryRef ref, Dialect dialect, boolean house, long id, ProfileState state, long[] times,
                   long createdSec, int dataVersion, int inventorySize, long placeId, String jobId,
                   String sessionId, int loadCountBase) {
}
