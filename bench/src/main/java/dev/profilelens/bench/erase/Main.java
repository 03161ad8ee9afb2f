package dev.profilelens.bench.erase;

import dev.profilelens.bench.Connectors;
import dev.profilelens.connectors.sqlite.SqliteOrderedSource;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.erase.EraseOptions;
import dev.profilelens.core.erase.ErasePlan;
import dev.profilelens.core.erase.Erasure;
import dev.profilelens.core.erase.ErasureRequest;
import dev.profilelens.core.erase.PlaceUniverses;
import dev.profilelens.core.store.EntryRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Issue #21: erase one user across 10 stores on the sandbox: a seeded sandbox file (5,000 profiles, DataStore2
 * players, ordered leaderboard) plus 10 stores {@code Game0..Game9} of 1,000 players each under 10 key templates;
 * the user is in all ten. Each round erases another user end to end with a fresh use case (stores listed, templates
 * detected, UserIds index, leaderboard, plan, lock-first deletes with the two-step audit into a real SQLite audit
 * log, report files), re-check without waiting. Usage: {@code bench/run.sh erase [OUTPUT.md] [ROUNDS]}.
 */
public final class Main {
    private static final int STORES = 10;
    private static final int PLAYERS = 1_000;
    private static final long FIRST = 7_000_000;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path dir = Files.createTempDirectory("pl-bench-erase");
        Path file = dir.resolve("sandbox.db");
        SandboxFiles.create(file, 5_000, 7, Instant.now(), (d, t) -> { }, () -> false);
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            s.bulk(w -> {
                for (int g = 0; g < STORES; g++) {
                    for (int p = 0; p < PLAYERS; p++) {
                        long id = FIRST + p;
                        w.append(EntryRef.of("Game" + g, "k" + g + "_" + id), profile(id), List.of(id), "{}",
                                Instant.now());
                    }
                }
            });
        }
        double[] ms = new double[rounds];
        int places = 0;
        try (SqliteProfileSource source = SqliteProfileSource.open(file);
             SqliteOrderedSource ordered = new SqliteOrderedSource(file, false)) {
            AuditLog audit = Connectors.installed().openAuditLog(dir.resolve("audit.db"));
            for (int r = 0; r < rounds; r++) {
                long id = FIRST + 37L * r;
                long t0 = System.nanoTime();
                Erasure erasure = new Erasure(source, ordered, List.of(), audit, null, Clock.systemUTC(), "bench",
                        "sandbox", dir);
                ErasePlan plan = erasure.plan(ErasureRequest.typed(Long.toString(id), "USERID"),
                        PlaceUniverses.none(), null, null);
                Erasure.Result res = erasure.run(plan, Long.toString(id), "bench", new EraseOptions(false,
                        Duration.ofSeconds(1), Duration.ofMillis(50), Duration.ZERO), p -> { }, () -> false);
                ms[r] = (System.nanoTime() - t0) / 1e6;
                if (!res.report().complete() || res.report().outcomes().size() < STORES) {
                    throw new IllegalStateException("round " + r + " erased " + res.report().outcomes().size()
                            + " places: " + res.report().toText());
                }
                places = res.report().outcomes().size();
            }
            if (audit instanceof AutoCloseable c) {
                c.close();
            }
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        String md = String.format("## Right to erasure (issue #21) — %s%n%n| measure | result | target |%n"
                + "|---|---|---|%n| erase one user across %d stores on the sandbox (plan + deletes + report) | "
                + "median **%.0f ms**, worst %.0f ms, first %.0f ms | ≤ 2 s |%n%n"
                + "Sandbox file of 5,000 profiles plus stores Game0..Game9 (%,d players each, template "
                + "`k<n>_{id}`); each of %d rounds erases another user with a fresh use case: %d places (the 10 "
                + "keys, each deleted lock-first with its two-step entry in a SQLite audit log), stores listed and "
                + "templates detected anew, UserIds index and the Leaderboard searched, JSON + text report written, "
                + "re-check without waiting (the CLI waits 35 s by default). Load average at the end: %s on %d "
                + "cores, JVM %s. Command: `bench/run.sh erase bench/results/erase.md`.%n", Instant.now(), STORES,
                sorted[rounds / 2], sorted[rounds - 1], ms[0], PLAYERS, rounds, places, load,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.print(md);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), md);
        }
    }

    private static byte[] profile(long id) {
        return ("{\"Data\":{\"Coins\":" + (id % 977) + ",\"Inventory\":[]},\"MetaData\":{\"ProfileCreateTime\":1,"
                + "\"SessionLoadCount\":2,\"MetaTags\":{},\"LastUpdate\":1},\"GlobalUpdates\":[0,[]],\"UserIds\":["
                + id + "]}").getBytes(StandardCharsets.UTF_8);
    }
}
