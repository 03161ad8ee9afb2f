package dev.profilelens.testsupport.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ProfileSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Which profiles of a store hold a session lock of given game servers (tests of simulated servers). */
public final class SessionLocks {
    private SessionLocks() {
    }

    /** Keys of {@code store} (default scope, the first 1,000) whose session lock names one of {@code jobs}. */
    public static List<String> heldBy(ProfileSource source, String store, Collection<String> jobs) {
        List<String> held = new ArrayList<>();
        for (EntryRef ref : source.listKeys(store, EntryRef.DEFAULT_SCOPE, "", null, 1000).items()) {
            JsonNode lock = RobloxJson.parse(source.read(ref).orElseThrow().value()).at("/MetaData/ActiveSession");
            // a lock is [placeId, jobId]; jobs are written "placeId/jobId"
            if (lock.isArray() && lock.size() >= 2
                    && jobs.contains(lock.get(0).asLong() + "/" + lock.get(1).asText())) {
                held.add(ref.key());
            }
        }
        return held;
    }
}
