package dev.profilelens.bench.audit;

import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.store.EntryRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Believable ProfileService profiles for the audit benchmark: a game's Data (currency, inventory, quests,
 * settings) and MetaTags with DataVersion (1 in 20 %, 2 in 30 %, 3 in 50 %), purchase receipts, a region and on
 * some a migration flag; about 1 in 25 has an active lock. Deterministic from the seed.
 */
final class AuditData {
    static final String STORE = "PlayerData";
    private static final String[] ITEMS = {"Sword", "Shield", "Bow", "Potion", "Helmet", "Boots", "Ring", "Cape"};
    private static final String[] REGIONS = {"EU", "NA", "SA", "ASIA", "OCE"};
    private static final int BATCH = 20_000;

    private AuditData() {
    }

    static int dataVersion(Random r) {
        int x = r.nextInt(10);
        return x < 2 ? 1 : x < 5 ? 2 : 3;
    }

    static byte[] value(Random r, int n) {
        StringBuilder sb = new StringBuilder(900);
        int dv = dataVersion(r);
        sb.append("{\"Data\":{\"Coins\":").append(r.nextInt(1_000_000)).append(",\"Gems\":").append(r.nextInt(500))
                .append(",\"Level\":").append(1 + r.nextInt(120)).append(",\"Inventory\":[");
        int items = 2 + r.nextInt(8);
        for (int i = 0; i < items; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"Id\":\"").append(ITEMS[r.nextInt(ITEMS.length)])
                    .append("\",\"Count\":").append(1 + r.nextInt(20)).append('}');
        }
        sb.append("],\"Quests\":{\"Tutorial\":true,\"Chapter\":").append(r.nextInt(12))
                .append("},\"Settings\":{\"Music\":").append(r.nextBoolean()).append(",\"Volume\":")
                .append(r.nextInt(100) / 100.0).append("}},");
        sb.append("\"MetaData\":{\"ProfileCreateTime\":").append(1_650_000_000 + r.nextInt(50_000_000))
                .append(",\"SessionLoadCount\":").append(1 + r.nextInt(400));
        if (r.nextInt(25) == 0) {
            sb.append(",\"ActiveSession\":[1818,\"job-").append(r.nextInt(40)).append("\"]");
        }
        sb.append(",\"MetaTags\":{\"DataVersion\":").append(dv).append(",\"Region\":\"")
                .append(REGIONS[r.nextInt(REGIONS.length)]).append("\",\"ProfilePurchaseIds\":[");
        int receipts = r.nextInt(4);
        for (int i = 0; i < receipts; i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(Long.toHexString(r.nextLong())).append('"');
        }
        sb.append(']');
        if (dv == 3 && r.nextBoolean()) {
            sb.append(",\"MigratedFrom\":2");
        }
        sb.append("},\"LastUpdate\":").append(1_700_000_000 + r.nextInt(3_000_000)).append("},")
                .append("\"RobloxMetaData\":[],\"UserIds\":[").append(n).append("],\"GlobalUpdates\":[0,[]],")
                .append("\"WasCorrupted\":false}");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void fill(SqliteProfileSource store, int keys, long seed) {
        Random r = new Random(seed);
        Instant at = Instant.parse("2026-11-20T00:00:00Z");
        for (int from = 0; from < keys; from += BATCH) {
            int start = from;
            int end = Math.min(keys, from + BATCH);
            store.bulk(w -> {
                for (int n = start; n < end; n++) {
                    w.append(EntryRef.of(STORE, String.format("Player_%07d", n)), value(r, n), List.of((long) n),
                            "{}", at);
                }
            });
        }
    }
}
