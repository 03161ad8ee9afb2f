package dev.profilelens.bench.team;

import dev.profilelens.bench.Timing;
import dev.profilelens.connectors.postgres.PgAuditIndex;
import dev.profilelens.connectors.postgres.TeamDatabase;
import dev.profilelens.connectors.postgres.TeamSchema;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.core.audit.AuditEntry;
import dev.profilelens.core.audit.AuditLog;
import dev.profilelens.core.audit.AuditQuery;
import dev.profilelens.core.audit.AuditStatus;
import dev.profilelens.core.audit.LoggedWrite;
import dev.profilelens.core.audit.index.IndexFilter;
import dev.profilelens.core.audit.index.IndexFilters;
import dev.profilelens.core.codec.RobloxJson;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import dev.profilelens.core.team.TeamSettings;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Issue #23 benchmark on a real PostgreSQL server (the one .ci/postgres.sh starts; PROFILELENS_TEST_PG_URL and
 * PROFILELENS_TEST_PG_PASSWORD): the time a team log adds to a save (two-step recording around a conditional write
 * to a local store), the newest 1,000 of a 1,000,000-entry log, and queries over a 1,000,000-profile shared index.
 * Usage: {@code bench/run.sh team [OUTPUT.md] [ENTRIES] [PROFILES]}.
 */
public final class Main {
    private static final String DV = "/MetaData/MetaTags/DataVersion";
    private static final String REGION = "/MetaData/MetaTags/Region";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : null;
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int profiles = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        String url = System.getenv("PROFILELENS_TEST_PG_URL");
        String password = System.getenv("PROFILELENS_TEST_PG_PASSWORD");
        if (url == null || password == null) {
            throw new IllegalStateException("start the server first: eval \"$(bash .ci/postgres.sh)\"");
        }
        String schema = "bench_" + Long.toHexString(System.nanoTime());
        TeamSchema.migrate(new TeamSettings(url, "profilelens_owner", password, schema));
        StringBuilder md = new StringBuilder("# Team database on PostgreSQL (issue #23) — " + Instant.now() + "\n\n");
        try (TeamDatabase editor = TeamDatabase.connect(new TeamSettings(url, "pl_editor", password, schema));
             TeamDatabase viewer = TeamDatabase.connect(new TeamSettings(url, "pl_viewer", password, schema))) {
            try (Connection scratch = DriverManager.getConnection(url, "profilelens_owner",
                    password)) {
                scratch.setSchema(schema);
                try (Statement st = scratch.createStatement()) {
                    st.execute("CREATE TABLE commit_probe (x int)");
                }
                md.append(writeOverhead(editor.auditLog(), scratch));
            }
            long t0 = System.nanoTime();
            TeamData.auditLog(url, "profilelens_owner", password, schema, entries);
            double fillLog = (System.nanoTime() - t0) / 1e9;
            md.append(newest(viewer.auditLog(), entries, fillLog));
            t0 = System.nanoTime();
            TeamData.index(url, "profilelens_owner", password, schema, profiles);
            double fillIndex = (System.nanoTime() - t0) / 1e9;
            try (PgAuditIndex index = PgAuditIndex.open(viewer, "bench")) {
                md.append(index(index, profiles, fillIndex));
            }
        }
        md.append("\nPostgreSQL ").append(serverVersion(url, password)).append(" on loopback (started by "
                + ".ci/postgres.sh, default settings), JVM ").append(System.getProperty("java.version"))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores; other work "
                + "shared the machine (load average at the end: ").append(String.format(Locale.ROOT, "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append("). Command: `bench/run.sh team bench/results/team.md " + entries + " "
                + profiles + "`.\n");
        System.out.print(md);
        if (out != null) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, md, StandardCharsets.UTF_8);
            System.out.println("wrote " + out);
        }
    }

    private static String writeOverhead(AuditLog log, Connection scratch) throws Exception {
        Path dir = Files.createTempDirectory("pl-bench-team");
        try (SqliteProfileSource store = SqliteProfileSource.open(dir.resolve("universe.db"))) {
            int keys = 200;
            for (int i = 0; i < keys; i++) {
                store.write(new WriteRequest(ref(i), json(0), List.of(), "{}", Precondition.none()));
            }
            Random r = new Random(1);
            Map<String, Supplier<?>> tasks = new LinkedHashMap<>();
            tasks.put("save without a team log", () -> {
                EntryRef ref = ref(r.nextInt(keys));
                StoredEntry cur = store.read(ref).orElseThrow();
                return store.write(new WriteRequest(ref, json(r.nextInt()), List.of(), "{}",
                        Precondition.matchVersion(cur.version())));
            });
            tasks.put("save recorded in the team log (intent + outcome)", () -> {
                EntryRef ref = ref(r.nextInt(keys));
                StoredEntry cur = store.read(ref).orElseThrow();
                int coins = r.nextInt();
                AuditEntry e = new AuditEntry(Instant.now(), "bench", "sandbox", ref.store(), ref.scope(),
                        ref.key(), cur.version(), "", "save", RobloxJson.parse("[{\"op\":\"replace\",\"path\":"
                        + "\"/Data/Coins\",\"value\":" + coins + "}]"), "bench", AuditStatus.UNCONFIRMED,
                        "Bench", "1234", "");
                return LoggedWrite.write(log, store, new WriteRequest(ref, json(coins), List.of(), "{}",
                        Precondition.matchVersion(cur.version())), e);
            });
            tasks.put("one durable commit on this server (INSERT of one int, for scale)", () -> {
                try (Statement st = scratch.createStatement()) {
                    return st.executeUpdate("INSERT INTO commit_probe VALUES (1)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Map<String, Timing> t = Timing.interleaved(200, 1000, tasks);
            Timing plain = t.get("save without a team log");
            Timing logged = t.get("save recorded in the team log (intent + outcome)");
            StringBuilder md = new StringBuilder("| measure | median | p90 | target |\n|---|---|---|---|\n");
            t.forEach((name, timing) -> md.append(row(name, timing, "")));
            md.append(String.format(Locale.ROOT, "| **added by the team log** | **%.2f ms** | %.2f ms | ≤ 5 ms |%n",
                    logged.median() - plain.median(), logged.p90() - plain.p90()));
            return md + "\nThe log adds one durable commit (the intent, which must reach the disk before the game "
                    + "data is written) and one commit that does not wait for the disk (the outcome, ADR 0140); on "
                    + "this machine's disk a durable commit alone costs the figure in the last row.\n"
                    + "\nSaves: read + conditional write of a small profile to a local SQLite store (200 keys), "
                    + "1,000 interleaved rounds after 200 warm-up rounds.\n\n";
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String newest(AuditLog log, int entries, double fillSec) {
        Map<String, Supplier<?>> tasks = new LinkedHashMap<>();
        tasks.put("newest 1,000 entries (the audit log window)", () -> log.query(AuditQuery.newest(1000)));
        tasks.put("newest 1,000 by one person", () -> log.query(AuditQuery.newest(1000).withUser("user7")));
        tasks.put("all entries of one key", () -> log.query(AuditQuery.newest(1000).withKey("Player_4242")));
        tasks.put("newest 1,000 of one batch", () -> log.query(AuditQuery.newest(1000).withBatch("wave-500")));
        Map<String, Timing> t = Timing.interleaved(5, 30, tasks);
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "Log of %,d entries (filled server-side in "
                + "%.0f s), read as a viewer through PgAuditLog (rows parsed into entries):%n%n", entries, fillSec));
        md.append("| query | median | p90 | target |\n|---|---|---|---|\n");
        t.forEach((name, timing) -> md.append(row(name, timing, name.startsWith("newest 1,000 entries")
                ? "≤ 200 ms" : "")));
        return md + "\n";
    }

    private static String index(PgAuditIndex index, int profiles, double fillSec) {
        List<IndexFilter> dv1 = IndexFilters.parse(List.of(DV + "=1"));
        List<IndexFilter> two = IndexFilters.parse(List.of(DV + "=1..2", REGION + "=EU"));
        List<IndexFilter> missing = IndexFilters.parse(List.of("!" + REGION));
        Map<String, Supplier<?>> tasks = new LinkedHashMap<>();
        tasks.put("count DataVersion=1", () -> index.count(dv1));
        tasks.put("first 100 rows of DataVersion=1 (2 columns)", () -> index.rows(dv1, List.of(DV, REGION), 0, 100));
        tasks.put("count DataVersion=1..2 and Region=EU", () -> index.count(two));
        tasks.put("count lacking Region", () -> index.count(missing));
        tasks.put("group by DataVersion (all)", () -> index.groupBy(DV, List.of()));
        Map<String, Timing> t = Timing.interleaved(3, 15, tasks);
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "Shared index of %,d profiles (2 paths, "
                + "%,d values; filled server-side in %.0f s), queried as a viewer through PgAuditIndex:%n%n",
                profiles, profiles + profiles * 4L / 5, fillSec));
        md.append("| query | median | p90 | target |\n|---|---|---|---|\n");
        t.forEach((name, timing) -> md.append(row(name, timing, "≤ 1 s")));
        md.append(String.format(Locale.ROOT, "%nCounts: DataVersion=1 %,d; DataVersion=1..2 and EU %,d; lacking "
                + "Region %,d.%n", index.count(dv1), index.count(two), index.count(missing)));
        return md.toString();
    }

    private static String row(String name, Timing t, String target) {
        return String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %s |%n", name, t.median(), t.p90(), target);
    }

    private static EntryRef ref(int i) {
        return EntryRef.of("PlayerData", "Player_" + i);
    }

    private static byte[] json(int coins) {
        return ("{\"Data\":{\"Coins\":" + coins + "},\"MetaData\":{\"MetaTags\":{}}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String serverVersion(String url, String password) throws Exception {
        try (var c = DriverManager.getConnection(url, "pl_viewer", password);
             var s = c.createStatement(); var rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
