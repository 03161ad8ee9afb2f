package dev.profilelens.bench.bulkcloud;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilelens.bench.Connectors;
import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.connectors.emulator.EmulatorStats;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.audit.InMemoryAuditLog;
import dev.profilelens.core.bulk.BulkOptions;
import dev.profilelens.core.bulk.BulkRun;
import dev.profilelens.core.bulk.KeyPlan;
import dev.profilelens.core.bulk.KeySet;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.AddDelta;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.store.WriteResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Issue #20 over Open Cloud: {@code bulk PlayerData --prefix Player_ --add /Data/Coins=1} against the emulator with
 * its default budget (N requests per minute per category), through {@code OpenCloudProfileSource} on loopback HTTP.
 * The first run "dies" right after its K-th write landed (before the journal's done record); after the budget's
 * minute has passed the same batch is run again, and that resumed run is measured: writes per minute as a share of
 * N, the share of requests refused with 429, and — from the emulator's own file — that every key got exactly +1.
 * Usage: {@code bench/run.sh bulkcloud [OUTPUT.md] [PROFILES] [K]} (defaults 600 and 100).
 */
public final class Main {
    private static final String STORE = "PlayerData";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int profiles = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int dieAfter = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int budget = EmulatorOptions.defaults().budgetPerMinute();
        Path journals = Files.createTempDirectory("pl-bench-bulkcloud");
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorOptions.defaults())) {
            emulator.seedIfEmpty("1", profiles, 3);
            Path file = emulator.stateFolder().resolve("universe-1.db");
            Map<EntryRef, Long> before = coins(file);
            try (ProfileSource cloud = Connectors.installed().openSource("opencloud:1@" + emulator.baseUrl(),
                    Map.of("apiKey",
                    "dev-key", "budget", Integer.toString(budget), "v1Budget", Integer.toString(budget)))) {
                List<EntryRef> keys = KeySet.prefix(cloud, STORE, "global", "Player_").keys();
                List<Intent> gift = List.of(AddDelta.of("/Data/Coins", 1));
                BulkOptions o = new BulkOptions("gift", "bench", false, BulkOptions.Live.SKIP, Duration.ZERO,
                        Duration.ofSeconds(1), null);
                // the dry run the user approves first: it reads every key once and keeps the values (ADR 0231)
                BulkRun.Summary plan = new BulkRun(cloud, new InMemoryAuditLog(), Clock.systemUTC(), "bench",
                        "emulator", journals).run(keys, r -> gift, null, BulkOptions.dryRun("gift", "bench"),
                        p -> { }, () -> false);
                Thread.sleep(61_000); // a fresh budget minute for the runs
                try {
                    new BulkRun(new DiesAfter(cloud, dieAfter), new InMemoryAuditLog(), Clock.systemUTC(), "bench",
                            "emulator", journals).run(keys, r -> gift, null, o, p -> { }, () -> false);
                } catch (ProcessDied expected) {
                    // killed right after a write landed, before its done record
                }
                Thread.sleep(61_000); // a fresh budget minute for the measured run
                EmulatorStats s0 = emulator.stats();
                Reads counted = new Reads(cloud);
                long t0 = System.nanoTime();
                BulkRun.Summary s = new BulkRun(counted, new InMemoryAuditLog(), Clock.systemUTC(), "bench",
                        "emulator", journals).run(keys, r -> gift, null, o, p -> { }, () -> false);
                double seconds = (System.nanoTime() - t0) / 1e9;
                EmulatorStats s1 = emulator.stats();
                report(args.length > 0 ? Path.of(args[0]) : null, budget, new int[] {keys.size(), profiles, dieAfter,
                    counted.n}, plan, s, seconds, s1.admitted() - s0.admitted(), s1.overBudget() - s0.overBudget()
                        + s1.injected() - s0.injected(), twice(before, coins(file)));
            }
        }
    }

    /** Keys whose coins moved by anything but 0 or +1: [written twice or more, moved otherwise]. */
    private static int[] twice(Map<EntryRef, Long> before, Map<EntryRef, Long> after) {
        int[] out = new int[2];
        before.forEach((ref, c) -> {
            long d = after.getOrDefault(ref, c) - c;
            if (d > 1) {
                out[0]++;
            } else if (d < 0) {
                out[1]++;
            }
        });
        return out;
    }

    private static Map<EntryRef, Long> coins(Path file) {
        Map<EntryRef, Long> out = new HashMap<>();
        try (SqliteProfileSource local = SqliteProfileSource.open(file)) {
            for (EntryRef r : KeySet.prefix(local, STORE, "global", "Player_").keys()) {
                local.read(r).ifPresent(e -> {
                    try {
                        JsonNode v = RobloxJson.parse(e.value());
                        out.put(r, v.at("/Data/Coins").asLong());
                    } catch (RuntimeException unreadable) {
                        // a damaged profile of the seed: not counted
                    }
                });
            }
        }
        return out;
    }

    /** {@code n}: keys in the set, profiles seeded, the write after which the first run died, reads it made. */
    private static void report(@Nullable Path out, int budget, int[] n, BulkRun.Summary plan, BulkRun.Summary s,
                               double seconds, long admitted, long refused, int[] wrong) throws Exception {
        int keys = n[0];
        int dieAfter = n[2];
        int read = n[3];
        int written = s.count(KeyPlan.Plan.CHANGE);
        double perMinute = written / seconds * 60;
        double readsPerMinute = read / seconds * 60;
        String text = String.format("""
                # Bulk edit over Open Cloud (issue #20) — %s

                `bulk PlayerData --prefix Player_ --add /Data/Coins=1` through `OpenCloudProfileSource` against the
                emulator with its default budget, N = %d requests/min per category. A dry run first read every key
                (v2 Get) and kept the values (ADR 0231: %d to change, %d live, %d invalid, %d unchanged); the run
                writes each planned change conditionally on the version the dry run read and reads a key again only
                when that write fails (changed since). The first run was killed right after its %d-th write landed
                (before the journal's done record); after the budget's minute had passed the same batch ran again,
                measured:

                | figure | value | target |
                |---|---|---|
                | keys in the set | %d (%d done by the first run, %d settled from the journal, %d live, %d invalid) | |
                | writes of the resumed run (WRITE bucket) | %d in %.1f s = %.0f /min = **%.1f %% of N** | ≥ 95 %% |
                | keys it read (v2 Get, READ bucket; counted at the source) | %d = %.0f /min = \
                **%.1f %% of N** | |
                | requests answered / refused with 429 | %d / %d (**%.2f %%**) | ≤ 1 %% |
                | keys written twice (coins moved by more than +1, \
                read from the emulator's file) | **%d** (%d moved otherwise) | 0 |

                Command: `bench/run.sh bulkcloud bench/results/bulkcloud.md %d %d`. JVM %s, %d cores.
                """, Instant.now(), budget, plan.count(KeyPlan.Plan.CHANGE), plan.count(KeyPlan.Plan.LIVE),
                plan.count(KeyPlan.Plan.INVALID), plan.count(KeyPlan.Plan.UNCHANGED), dieAfter, keys,
                s.alreadyDone(), s.settled(), s.count(KeyPlan.Plan.LIVE),
                s.count(KeyPlan.Plan.INVALID), written, seconds, perMinute, perMinute / budget * 100, read,
                readsPerMinute, readsPerMinute / budget * 100, admitted, refused,
                refused * 100.0 / Math.max(1, admitted + refused), wrong[0], wrong[1], n[1], dieAfter,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.print(text);
        if (out != null) {
            Files.writeString(out, text);
        }
    }

    /** Counts the reads that reach the store (each one a request). */
    private static final class Reads extends ForwardingProfileSource {
        private int n;

        Reads(ProfileSource delegate) {
            super(delegate);
        }

        @Override
        public Optional<StoredEntry> read(EntryRef ref) {
            n++;
            return super.read(ref);
        }

        @Override
        public void close() {
            // the caller closes the source it opened
        }
    }

    /** Stands for the process being killed. */
    private static final class ProcessDied extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The source of a process killed right after its {@code n}-th write landed. */
    private static final class DiesAfter extends ForwardingProfileSource {
        private final int n;
        private int writes;

        DiesAfter(ProfileSource delegate, int n) {
            super(delegate);
            this.n = n;
        }

        @Override
        public WriteResult write(WriteRequest request) {
            WriteResult r = delegate().write(request);
            if (++writes == n) {
                throw new ProcessDied();
            }
            return r;
        }
    }
}
