package dev.profilelens.bench.store;

import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.store.EntryRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** A large store of small ProfileService profiles, keys {@code Player_<n>}, written in bulk transactions. */
public final class BigStore {
    private static final int BATCH = 20_000;

    private BigStore() {
    }

    public static EntryRef ref(int n) {
        return EntryRef.of("PlayerData", "Player_" + n);
    }

    /** A prefix that matches a few hundred keys ("Player_1234" matches Player_1234, Player_12340..). */
    static String prefix(Random r, int keys) {
        int digits = Integer.toString(keys).length();
        return "Player_" + Integer.toString(1 + r.nextInt(keys - 1)).substring(0, Math.max(1, digits - 3));
    }

    public static void fill(SqliteProfileSource store, int keys) {
        Instant at = Instant.now();
        for (int from = 0; from < keys; from += BATCH) {
            int start = from;
            int end = Math.min(keys, from + BATCH);
            store.bulk(w -> {
                for (int n = start; n < end; n++) {
                    // a millisecond per 10,000 keys: version ids tell rows of one millisecond apart by row id
                    // modulo 10,000 (SqliteWrites.append), so more in one millisecond collided (UNIQUE failed)
                    w.append(ref(n), value(n), List.of((long) n), "{}", at.plusMillis(n / 10_000));
                }
            });
        }
    }

    public static byte[] value(int n) {
        return ("{\"Data\":{\"Coins\":" + n % 9973 + ",\"Gems\":" + n % 97 + ",\"Inventory\":[\"Sword\",\"Shield\"],"
                + "\"Settings\":{\"Music\":true}},\"MetaData\":{\"ProfileCreateTime\":1699990000,\"SessionLoadCount\":"
                + (1 + n % 50) + ",\"MetaTags\":{\"DataVersion\":" + (1 + n % 3) + "},\"LastUpdate\":1700003000},"
                + "\"RobloxMetaData\":[],\"UserIds\":[" + n + "],\"GlobalUpdates\":[0,[]],\"WasCorrupted\":false}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
