package dev.profilelens.bench.mirror;

import dev.profilelens.bench.Connectors;
import dev.profilelens.bench.store.BigStore;
import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.connectors.sqlite.SqliteMirrorTarget;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.audit.index.RequestPacer;
import dev.profilelens.core.audit.index.Sleeper;
import dev.profilelens.core.mirror.Mirror;
import dev.profilelens.core.mirror.MirrorRequest;
import dev.profilelens.core.mirror.MirrorResult;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.ForwardingProfileSource;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.StoredEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue #21: mirror a 100,000-profile local store (current values) into a new SQLite file, profiles per second;
 * and mirror a store of the emulator over HTTP with the client's budget equal to the emulator's, the share of
 * the read budget used while copying (BUDGET 0: the local figure only). Usage:
 * {@code bench/run.sh mirror [OUTPUT.md] [PROFILES] [BUDGET]}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int profiles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int budget = args.length > 2 ? Integer.parseInt(args[2]) : 1_200;
        Path dir = Files.createTempDirectory("pl-bench-mirror");
        try {
            Path src = dir.resolve("source.db");
            try (SqliteProfileSource s = SqliteProfileSource.open(src)) {
                fill(s, profiles);
            }
            double[] local = local(src, dir.resolve("copy.db"));
            System.out.printf("local: %,d keys in %.1f s = %,.0f profiles/s (process CPU time %.1f s = %,.0f "
                    + "profiles per CPU second)%n", (long) local[0], local[1], local[0] / local[1], local[2],
                    local[0] / local[2]);
            if (budget == 0) {
                // the local figure only (issue #21 re-measure): bench/run.sh mirror OUT.md 100000 0
                String md = String.format("| mirror a %,d-profile local store (current values) | %,.0f profiles/s "
                        + "(%.1f s; %,.0f per CPU second of the process) | ≥ 10,000/s |%n%nMeasured %s; load "
                        + "average at the end %s on %d cores, JVM %s. Command: `bench/run.sh mirror "
                        + "bench/results/mirror-local.md 100000 0`.%n", (long) local[0], local[0] / local[1], local[1],
                        local[0] / local[2], Instant.now(), Files.readString(Path.of("/proc/loadavg")).split(" ")[0],
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
                System.out.print(md);
                if (args.length > 0) {
                    Files.writeString(Path.of(args[0]), md);
                }
                return;
            }
            double[] cloud = cloud(dir, budget);
            String md = String.format("# Mirror (issue #21) — %s%n%n| measure | result | target |%n|---|---|---|%n"
                    + "| mirror a %,d-profile local store (current values) | %,.0f profiles/s (%.1f s) | ≥ 10,000/s |%n"
                    + "| mirror over the emulator (HTTP), read budget %,d/min | %.1f %% of the read budget "
                    + "(%,d reads in %.1f s) | ≥ 95 %% |%n%n"
                    + "Local: BigStore profiles, one SQLite transaction per page of 100 keys with the resume "
                    + "position. Emulator: sandbox universe of 3,000 profiles, store PlayerData, client budget = "
                    + "emulator budget, pacer share 0.97; the share is reads made / (budget × minutes from the first "
                    + "to the last read). JVM %s, %d cores. Command: `bench/run.sh mirror bench/results/mirror.md`.%n",
                    Instant.now(), (long) local[0], local[0] / local[1], local[1], budget, cloud[0] * 100,
                    (long) cloud[1], cloud[2], System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            System.out.print(md);
            if (args.length > 0) {
                Files.writeString(Path.of(args[0]), md);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** BigStore's profiles, each written a millisecond apart (one version id per key, ADR 0151). */
    private static void fill(SqliteProfileSource store, int keys) {
        Instant at = Instant.now().minusSeconds(keys);
        for (int from = 0; from < keys; from += 20_000) {
            int start = from;
            int end = Math.min(keys, from + 20_000);
            store.bulk(w -> {
                for (int n = start; n < end; n++) {
                    w.append(BigStore.ref(n), BigStore.value(n), List.of((long) n), "{}", at.plusMillis(n));
                }
            });
        }
    }

    private static double[] local(Path src, Path copy) {
        try (SqliteProfileSource from = SqliteProfileSource.open(src); SqliteMirrorTarget to = new SqliteMirrorTarget(
                copy)) {
            // the whole process: the mirror reads on a read-ahead thread besides the committing one (ADR 0172)
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            MirrorResult r = new Mirror(from, RequestPacer.unpaced(), Clock.systemUTC())
                    .run(new MirrorRequest(List.of(), "", false), to, p -> { }, () -> false);
            return new double[] {r.keys(), (System.nanoTime() - t0) / 1e9,
                (os.getProcessCpuTime() - cpu0) / 1e9};
        }
    }

    private static double[] cloud(Path dir, int budget) {
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(budget)
                .withDb(dir.resolve("emulator")))) {
            emulator.seedIfEmpty("5", 3_000, 7);
            long[] first = {0};
            long[] last = {0};
            long[] reads = {0};
            try (ProfileSource cloud = Connectors.installed().openSource("opencloud:5@" + emulator.baseUrl(),
                    Map.of("apiKey", "dev-key", "budget", Integer.toString(budget), "readOnly", "true"));
                 SqliteMirrorTarget to = new SqliteMirrorTarget(dir.resolve("cloud-copy.db"))) {
                ProfileSource counted = new ForwardingProfileSource(cloud) {
                    @Override
                    public Optional<StoredEntry> read(EntryRef ref) {
                        long now = System.nanoTime();
                        if (reads[0]++ == 0) {
                            first[0] = now;
                        }
                        Optional<StoredEntry> e = super.read(ref);
                        last[0] = System.nanoTime();
                        return e;
                    }
                };
                RequestPacer pacer = new RequestPacer(cloud.capabilities().budget(), 0.97, Clock.systemUTC(),
                        Sleeper.real());
                new Mirror(counted, pacer, Clock.systemUTC()).run(new MirrorRequest(List.of("PlayerData"), "",
                        false), to, p -> { }, () -> false);
            }
            double secs = (last[0] - first[0]) / 1e9;
            return new double[] {reads[0] / (budget * secs / 60.0), reads[0], secs};
        }
    }
}
