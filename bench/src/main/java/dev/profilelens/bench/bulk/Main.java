package dev.profilelens.bench.bulk;

import com.sun.management.OperatingSystemMXBean;
import dev.profilelens.bench.PackagedJvm;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.connectors.sqlite.audit.SqliteAuditLog;
import dev.profilelens.core.bulk.BulkOptions;
import dev.profilelens.core.bulk.BulkRun;
import dev.profilelens.core.bulk.KeyPlan;
import dev.profilelens.core.bulk.KeySet;
import dev.profilelens.core.bulk.ValueFilter;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.edit.intent.Intent;
import dev.profilelens.core.edit.intent.SetTag;
import dev.profilelens.core.store.EntryRef;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Issue #20: {@code bulk PlayerData --where DataVersion=1 --tag DataVersion=2} as a dry run over 100,000 local
 * profiles (half of them matching), then the run (real writes, real SQLite audit log, batch journal) over the
 * matching ones, in this process; then both again through {@code profilelens bulk} in a process of its own, as a user
 * runs it (when the app jar is built). Usage: {@code bench/run.sh bulk [OUTPUT.md] [PROFILES]}.
 */
public final class Main {
    /** The run writes the matching keys among the first this many (half of them match). */
    private static final int RUN_KEYS = 20_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int profiles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createTempDirectory("pl-bench-bulk");
        Path file = dir.resolve("bulk.db");
        long t0 = System.nanoTime();
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            fill(s, profiles);
        }
        Path cliFile = Files.copy(file, dir.resolve("cli.db"));
        System.out.printf("built %,d profiles in %.1f s%n", profiles, (System.nanoTime() - t0) / 1e9);
        List<Intent> tag = List.of(SetTag.of("DataVersion", RobloxJson.nodes().numberNode(2)));
        ValueFilter where = ValueFilter.parse(List.of("DataVersion=1"));
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        StringBuilder md = new StringBuilder();
        try (SqliteProfileSource s = SqliteProfileSource.open(file)) {
            SqliteAuditLog audit = new SqliteAuditLog(dir.resolve("audit.db"));
            BulkRun bulk = new BulkRun(s, audit, Clock.systemUTC(), "bench", "sandbox", dir.resolve("batches"));
            List<EntryRef> keys = KeySet.prefix(s, "PlayerData", "global", "").keys();
            long c0 = cpuNanos();
            long d0 = System.nanoTime();
            BulkRun.Summary dry = bulk.run(keys, r -> tag, where, BulkOptions.dryRun("dry", "bench"), p -> { },
                    () -> false);
            double dryS = (System.nanoTime() - d0) / 1e9;
            double dryCpu = (cpuNanos() - c0) / 1e9;
            List<EntryRef> runKeys = keys.subList(0, Math.min(keys.size(), RUN_KEYS));
            long rc0 = cpuNanos();
            long tc0 = THREADS.getCurrentThreadCpuTime();
            long r0 = System.nanoTime();
            BulkRun.Summary run = bulk.run(runKeys, r -> tag, where, new BulkOptions("run", "bench", false,
                    BulkOptions.Live.SKIP, Duration.ZERO, Duration.ofSeconds(1), null), p -> { }, () -> false);
            double runS = (System.nanoTime() - r0) / 1e9;
            double writerCpu = (THREADS.getCurrentThreadCpuTime() - tc0) / 1e9;
            double runCpu = (cpuNanos() - rc0) / 1e9;
            int written = run.count(KeyPlan.Plan.CHANGE);
            md.append(String.format("## Bulk edit (issue #20) — %s%n%n| measure | result | target |%n|---|---|---|%n"
                    + "| dry run, --where DataVersion=1 --tag DataVersion=2, %,d local profiles (%,d match) | %.1f s, "
                    + "**%,.0f profiles/s** | ≥ 20,000/s |%n"
                    + "| run on the sandbox file (conditional write + SQLite audit log intent/outcome + batch journal "
                    + "per key), %,d writes (the matching keys among the first %,d) | %.1f s, **%,.0f writes/s** "
                    + "| ≥ 5,000/s |%n",
                    Instant.now(), keys.size(), dry.count(KeyPlan.Plan.CHANGE), dryS, keys.size() / dryS,
                    written, runKeys.size(), runS, written / runS));
            md.append(cli(dir, cliFile, keys.size()));
            md.append(String.format("%nCPU time of this process (all threads): dry run %.1f s = %,.0f profiles per "
                    + "CPU-second; run %.1f s = %,.0f writes per CPU-second (the dry run spreads a local set over the "
                    + "cores, ADR 0192); the run's writing thread alone %.2f s = %,.0f writes per CPU-second of it.%n"
                    + "Load average before: %s. JVM %s, %d cores, options `%s`. Command: `bench/run.sh bulk`.%n",
                    dryCpu, keys.size() / dryCpu, runCpu, written / runCpu, writerCpu, written / writerCpu, load,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())));
        }
        System.out.print(md);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), md);
        }
    }

    /**
     * The same dry run and then run of every matching key through {@code profilelens bulk} in a process of its own
     * (the app jar, the packaged JVM options), on a copy of the store; empty when the app jar is not built.
     */
    private static String cli(Path dir, Path store, int profiles) throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        Path jar = root.resolve("app/target/profilelens-app.jar");
        if (!Files.isRegularFile(jar)) {
            return "| `profilelens bulk` in a process of its own | not measured: build the app jar first "
                    + "(`mvn package -pl app -am`) | |\n";
        }
        List<String> jvm = PackagedJvm.options(root);
        Path home = Files.createDirectories(dir.resolve("home"));
        String[] common = {"PlayerData", "--source", "sqlite:" + store, "--where", "DataVersion=1", "--tag",
            "DataVersion=2", "--reason", "bench"};
        CliRun dry = CliRun.launch(jar, jvm, home, dir.resolve("cli-dry.jsonl"), with(common, "--dry-run"));
        CliRun run = CliRun.launch(jar, jvm, home, dir.resolve("cli-run.jsonl"), with(common, "--batch", "cli"));
        int written = run.count("change");
        return String.format("| `profilelens bulk … --dry-run` as a user runs it (a JVM of its own started with the "
                + "packaged options `%s`, start to exit), %,d profiles | %.1f s, **%,.0f profiles/s** (%.1f CPU-s: "
                + "%,.0f per CPU-second) | ≥ 20,000/s |%n"
                + "| `profilelens bulk …` (the run), the same store: %,d writes (every matching key), start to exit "
                + "| %.1f s, **%,.0f writes/s** (%.1f CPU-s: %,.0f per CPU-second) | ≥ 5,000/s |%n",
                String.join(" ", jvm), profiles, dry.wallMs() / 1e3, profiles / (dry.wallMs() / 1e3),
                dry.cpuSeconds(), profiles / dry.cpuSeconds(), written, run.wallMs() / 1e3,
                written / (run.wallMs() / 1e3), run.cpuSeconds(), written / run.cpuSeconds());
    }

    private static String[] with(String[] a, String... more) {
        String[] out = Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, out, a.length, more.length);
        return out;
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void fill(SqliteProfileSource s, int profiles) {
        Instant base = Instant.now().minusSeconds(7200);
        for (int from = 0; from < profiles; from += 10_000) {
            Instant at = base.plusSeconds(from / 10_000); // version ids are unique per (ms, row id % 10,000)
            int start = from;
            int end = Math.min(profiles, from + 10_000);
            s.bulk(w -> {
                for (int i = start; i < end; i++) {
                    long id = 100_000 + i;
                    w.append(new EntryRef("PlayerData", "global", "Player_" + id), value(id, 1 + i % 2),
                            List.of(id), "{}", at);
                }
            });
        }
    }

    private static byte[] value(long id, int dataVersion) {
        return ("{\"Data\":{\"Coins\":" + id % 9973 + ",\"Inventory\":[\"Sword\",\"Shield\"],\"Level\":" + id % 50
                + "},\"MetaData\":{\"ProfileCreateTime\":1699990000,\"SessionLoadCount\":3,\"MetaTags\":"
                + "{\"DataVersion\":" + dataVersion + "},\"LastUpdate\":1700003000},\"RobloxMetaData\":[],"
                + "\"UserIds\":[" + id + "],\"GlobalUpdates\":[0,[]],\"WasCorrupted\":false}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
