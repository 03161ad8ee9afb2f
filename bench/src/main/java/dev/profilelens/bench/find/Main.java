package dev.profilelens.bench.find;

import dev.profilelens.bench.Timing;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.find.FindReport;
import dev.profilelens.core.find.PlayerFinder;
import dev.profilelens.core.find.StoreCatalog;
import dev.profilelens.core.store.EntryRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Issue #20: {@code find} by UserId over 100,000 profiles in 4 stores (PlayerData {@code Player_{id}} in scopes
 * global and beta, PlayerData_v2 {@code {id}}, Inventory {@code inv_{id}_main}, GuildHouses {@code House_n} found
 * through UserIds). Peer: one point read of the same store, measured in the same rounds.
 * Usage: {@code bench/run.sh find [OUTPUT.md] [PROFILES]}.
 */
public final class Main {
    private static final long FIRST_ID = 100_000;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int profiles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createTempDirectory("pl-bench-find");
        Path file = dir.resolve("find.db");
        try {
            long t0 = System.nanoTime();
            try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
                fill(s, profiles);
            }
            System.out.printf("built %,d profiles in 4 stores in %.1f s%n", profiles, (System.nanoTime() - t0) / 1e9);
            try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
                measure(s, profiles / 4, args.length > 0 ? Path.of(args[0]) : null);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void fill(SqliteProfileSource s, int profiles) {
        int players = profiles / 4;
        Instant at = Instant.now();
        for (int from = 0; from < players; from += 10_000) {
            int start = from;
            int end = Math.min(players, from + 10_000);
            s.bulk(w -> {
                for (int i = start; i < end; i++) {
                    long id = FIRST_ID + i;
                    String scope = i % 10 == 0 ? "beta" : "global";
                    w.append(new EntryRef("PlayerData", scope, "Player_" + id), value(id), List.of(id), "{}", at);
                    w.append(EntryRef.of("PlayerData_v2", Long.toString(id)), value(id), List.of(id), "{}", at);
                    w.append(EntryRef.of("Inventory", "inv_" + id + "_main"), value(id), List.of(id), "{}", at);
                    w.append(EntryRef.of("GuildHouses", "House_" + i), value(id), List.of(id, id + 1), "{}", at);
                }
            });
        }
    }

    private static byte[] value(long id) {
        return ("{\"Data\":{\"Coins\":" + id % 9973 + ",\"Inventory\":[\"Sword\"]},\"MetaData\":{\"ProfileCreateTime\":"
                + "1699990000,\"SessionLoadCount\":3,\"MetaTags\":{\"DataVersion\":2},\"LastUpdate\":1700003000},"
                + "\"RobloxMetaData\":[],\"UserIds\":[" + id + "],\"GlobalUpdates\":[0,[]],\"WasCorrupted\":false}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void measure(SqliteProfileSource s, int players, Path out) throws Exception {
        Random r = new Random(1);
        long cold0 = System.nanoTime();
        PlayerFinder cold = new PlayerFinder(s, new StoreCatalog(s, Map.of()), Clock.systemUTC());
        FindReport first = cold.find(FIRST_ID + r.nextInt(players), Set.of());
        double coldMs = (System.nanoTime() - cold0) / 1e6;
        PlayerFinder warm = new PlayerFinder(s, new StoreCatalog(s, Map.of()), Clock.systemUTC());
        warm.find(FIRST_ID, Set.of());
        int[] hits = new int[1];
        Map<String, Supplier<?>> tasks = new LinkedHashMap<>();
        tasks.put("find", () -> {
            FindReport rep = warm.find(FIRST_ID + r.nextInt(players), Set.of());
            hits[0] = rep.hits().size();
            return rep;
        });
        tasks.put("read", () -> s.read(EntryRef.of("PlayerData_v2", Long.toString(FIRST_ID + r.nextInt(players))))
                .orElseThrow());
        Map<String, Timing> t = Timing.interleaved(50, 300, tasks);
        String md = String.format("# Find a player (issue #20) — %s%n%n"
                + "| measure | result | target |%n|---|---|---|%n"
                + "| find by UserId, %,d profiles in 4 stores (templates known) | median %.2f ms, p90 %.2f ms "
                + "| ≤ 200 ms |%n"
                + "| first find on a new connection (lists stores, samples keys to detect templates) | %.1f ms | |%n"
                + "| peer: one point read | median %.3f ms | |%n%n"
                + "Each find returned %d places (first: %d): PlayerData (global or beta), PlayerData_v2, Inventory "
                + "(template inv_{id}_main), and 2 GuildHouses keys through the UserIds index; each place is read once "
                + "for dialect, kind and lock. Ratio find / point read: %.0f×. 300 interleaved rounds after 50 warm-up "
                + "rounds, random UserIds. JVM %s, %d cores. Command: `bench/run.sh find bench/results/find.md`.%n",
                Instant.now(), players * 4, t.get("find").median(), t.get("find").p90(), coldMs,
                t.get("read").median(), hits[0], first.hits().size(), t.get("find").median() / t.get("read").median(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.print(md);
        if (out != null) {
            Files.writeString(out, md);
        }
    }
}
