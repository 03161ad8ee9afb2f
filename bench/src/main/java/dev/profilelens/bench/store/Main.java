package dev.profilelens.bench.store;

import dev.profilelens.bench.Timing;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.StoredEntry;
import dev.profilelens.core.store.WriteRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Issue #4 benchmark: seed 100,000 sandbox profiles; on a 1,000,000-key store time the first page of 100 keys for
 * a prefix, a point read and a conditional write (read version, then write with matchVersion).
 * Usage: {@code bench/run.sh store [OUTPUT.md] [KEYS]}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path dir = Files.createTempDirectory("pl-bench-store");
        try {
            run(dir, keys, args.length > 0 ? Path.of(args[0]) : null);
        } finally {
            deleteTree(dir);
        }
    }

    private static void run(Path dir, int keys, Path out) throws IOException {
        long t0 = System.nanoTime();
        SandboxFiles.create(dir.resolve("seed.db"), 100_000, 7, Instant.now(), (d, t) -> { }, () -> false);
        double seedSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("seeded 100,000 profiles in %.1f s%n", seedSeconds);

        Path big = dir.resolve("big.db");
        long t1 = System.nanoTime();
        try (SqliteProfileSource store = SqliteProfileSource.open(big)) {
            BigStore.fill(store, keys);
        }
        double fillSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("built a %,d-key store in %.1f s (%,d MB)%n", keys, fillSeconds,
                Files.size(big) / 1_000_000);

        Random r = new Random(1);
        try (SqliteProfileSource store = SqliteProfileSource.open(big)) {
            Map<String, Supplier<?>> tasks = new LinkedHashMap<>();
            tasks.put("page", () -> store.listKeys("PlayerData", "global", BigStore.prefix(r, keys), null, 100));
            tasks.put("read", () -> store.read(BigStore.ref(r.nextInt(keys))).orElseThrow());
            tasks.put("write", () -> conditionalWrite(store, BigStore.ref(r.nextInt(keys))));
            Map<String, Timing> t = Timing.interleaved(200, 1_000, tasks);
            String md = String.format("## Embedded SQLite store (issue #4) — %s%n%n"
                    + "| measure | result | target |%n|---|---|---|%n"
                    + "| seed 100,000 sandbox profiles (with histories) | %.1f s | ≤ 60 s |%n"
                    + "| first page of 100 keys for a prefix, %,d-key store | median %.2f ms, p95 %.2f ms | ≤ 20 ms |%n"
                    + "| point read | median %.2f ms, p95 %.2f ms | ≤ 2 ms |%n"
                    + "| conditional write (read + matchVersion write) | median %.2f ms, p95 %.2f ms | ≤ 5 ms |%n%n"
                    + "Store built with %,d keys in %.1f s (bulk path). WAL, synchronous=NORMAL (ADR 0020). "
                    + "1,000 interleaved rounds after 200 warm-up rounds; random keys and prefixes. JVM %s, %d "
                    + "cores.%n",
                    Instant.now(), seedSeconds, keys, t.get("page").median(), t.get("page").p95(),
                    t.get("read").median(), t.get("read").p95(), t.get("write").median(), t.get("write").p95(),
                    keys, fillSeconds, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            System.out.print(md);
            if (out != null) {
                Files.writeString(out, md);
            }
        }
    }

    private static Object conditionalWrite(SqliteProfileSource store, EntryRef ref) {
        StoredEntry cur = store.read(ref).orElseThrow();
        byte[] next = new String(cur.value(), StandardCharsets.UTF_8).replaceFirst("\"Coins\":(\\d+)", "\"Coins\":7")
                .getBytes(StandardCharsets.UTF_8);
        return store.write(new WriteRequest(ref, next, cur.userIds(), cur.attributesJson(),
                Precondition.matchVersion(cur.version())));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static List<Long> userIds(long id) {
        return List.of(id);
    }
}
