package dev.profilelens.connectors.sqlite.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilelens.connectors.sqlite.SqliteOrderedSource;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeds the other dialects beside the PS/PSt game (ADR 0133): DataStore2 players under master {@code DATA}
 * (OrderedBackups with a long history, an {@code os.time()}-era player, one unindexed newest save, migrated players,
 * an uncombined {@code coins} key), ProfileService Plus profiles in {@code PlayerData_plus}, and the ordered
 * {@code Leaderboard}. Sizes follow the profile count; deterministic from the seed and "now".
 */
public final class DialectSeeder {
    public static final String DS2_MASTER = "DATA";
    public static final String PLUS_STORE = "PlayerData_plus";
    public static final String LEADERBOARD = "Leaderboard";
    public static final long FIRST_DS2_USER = 900_001;
    private static final long HOUR = 3_600;
    private final long seed;
    private final long now;
    private final int players;
    private final int plusProfiles;
    private final int longHistory;
    private final int leaders;
    private final List<SqliteOrderedSource.Row> ordered = new ArrayList<>();

    public DialectSeeder(long seed, Instant now, int profiles) {
        this.seed = seed;
        this.now = now.getEpochSecond();
        this.players = Math.max(8, Math.min(25, profiles / 200));
        this.plusProfiles = Math.max(6, Math.min(50, profiles / 100));
        this.longHistory = Math.max(40, Math.min(5_000, profiles));
        this.leaders = Math.max(20, Math.min(500, profiles / 10));
    }

    /** Standard-store values (DataStore2 backups and Standard locations, PS Plus profiles) in one bulk load. */
    public void seedStandard(SqliteProfileSource store) {
        store.bulk(w -> {
            for (int i = 0; i < players; i++) {
                for (Ds2Save s : ds2Player(i)) {
                    w.append(s.ref(), RobloxJson.write(s.value()), List.of(s.userId()), "{}",
                            Instant.ofEpochSecond(s.at()));
                }
            }
            for (int i = 0; i < plusProfiles; i++) {
                long userId = 950_001L + i;
                long[] times = {now - 9 * 86_400 + i * 97L, now - 2 * 86_400 + i * 31L, plusLastUpdate(i)};
                for (int k = 0; k < times.length; k++) {
                    ObjectNode v = PlusShapes.profile(userId, i, k, times[k], now);
                    w.append(EntryRef.of(PLUS_STORE, Long.toString(userId)), RobloxJson.write(v), List.of(userId),
                            PlusShapes.attributes(v), Instant.ofEpochSecond(times[k]));
                }
            }
        });
    }

    /** Ordered entries (backup indexes and the leaderboard) into the finished file, in one transaction. */
    public void seedOrdered(Path file) {
        Random r = new Random(seed * 31 + 5);
        for (int i = 0; i < leaders; i++) {
            long userId = 100_000L + i * 37L;
            ordered.add(new SqliteOrderedSource.Row(OrderedStoreRef.of(LEADERBOARD), Long.toString(userId),
                    r.nextInt(i < 3 ? 50_000 : 5_000)));
        }
        try (SqliteOrderedSource o = new SqliteOrderedSource(file, false)) {
            o.load(ordered);
        }
    }

    private long plusLastUpdate(int i) {
        return switch (i % 3) {
            case 0 -> now - 40 - i;
            case 1 -> now - 7_200 - i;
            default -> now - 3 * 86_400 - i;
        };
    }

    /** One DataStore2 save: the standard entry (and its index, recorded for {@link #seedOrdered}). */
    record Ds2Save(EntryRef ref, JsonNode value, long userId, long at) {
    }

    private List<Ds2Save> ds2Player(int i) {
        long userId = FIRST_DS2_USER + i;
        Random r = new Random(seed * 7_919 + userId);
        String backups = DS2_MASTER + "/" + userId;
        List<Ds2Save> out = new ArrayList<>();
        int count = switch (i) {
            case 0 -> longHistory;
            case 1 -> 9;
            case 2 -> 8;
            default -> 3 + r.nextInt(38);
        };
        long first = now - 30L * 86_400;
        long step = Math.max(60, (now - 2 * HOUR - first) / count);
        long coins = 0;
        for (int k = 1; k <= count; k++) {
            long key = i == 1 ? eraKey(k) : k;
            coins += 5 + r.nextInt(40);
            JsonNode v = i == 5 ? RobloxJson.nodes().numberNode(coins) : Ds2Shapes.combined(coins, k, r);
            String store = i == 5 ? "coins/" + userId : backups;
            out.add(new Ds2Save(new EntryRef(store, "global", Long.toString(key)), v, userId, first + k * step));
            ordered.add(new SqliteOrderedSource.Row(OrderedStoreRef.of(store), Long.toString(key), key));
        }
        if (i == 2) {
            out.add(new Ds2Save(new EntryRef(backups, "global", Integer.toString(count + 1)),
                    Ds2Shapes.combined(coins + 500, count + 1, r), userId, now - HOUR));
        }
        if (i == 3 || i == 4) {
            out.add(new Ds2Save(new EntryRef(DS2_MASTER, "global", Long.toString(userId)),
                    Ds2Shapes.combined(coins + 77, count + 1, r), userId, now - 3 * HOUR));
        }
        return out;
    }

    /** Keys of a player who first saved in 2018 (os.time() keys), continued as +1 counters after 2019-02-11. */
    private static long eraKey(int k) {
        long base = 1_523_800_000L;
        return k <= 4 ? base + (k - 1) * 86_400L : base + 3 * 86_400L + (k - 4);
    }
}
