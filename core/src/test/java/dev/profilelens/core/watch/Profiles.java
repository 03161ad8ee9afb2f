package dev.profilelens.core.watch;

import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.InMemoryProfileSource;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.WriteRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes ProfileService-shaped values with a given lock into a source. */
final class Profiles {
    private Profiles() {
    }

    static String ps(String activeSession, String forceLoad, long loadCount, long lastUpdate) {
        return "{\"Data\":{\"Coins\":1},\"MetaData\":{\"ProfileCreateTime\":1700000000,\"SessionLoadCount\":"
                + loadCount + (activeSession == null ? "" : ",\"ActiveSession\":" + activeSession)
                + (forceLoad == null ? "" : ",\"ForceLoadSession\":" + forceLoad)
                + ",\"MetaTags\":{\"DataVersion\":1},\"LastUpdate\":" + lastUpdate + "},"
                + "\"RobloxMetaData\":[],\"UserIds\":[],\"GlobalUpdates\":[0,[]],\"WasCorrupted\":false}";
    }

    static void put(InMemoryProfileSource src, EntryRef ref, String json) {
        src.write(new WriteRequest(ref, json.getBytes(StandardCharsets.UTF_8), List.of(), "{}", Precondition.none()));
    }
}
