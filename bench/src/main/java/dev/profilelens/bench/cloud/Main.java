package dev.profilelens.bench.cloud;

import dev.profilelens.bench.Connectors;
import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.connectors.emulator.EmulatorStats;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.WriteRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pacing benchmark under the reference's bucket model (issue #17, ADR 0111): the emulator gives every bucket N
 * requests per minute; the client, told the same N for v2 and for v1, bulk-reads K keys with 4 threads (v2 Get,
 * the experience budget's READ) while 4 threads write K small values (v1 Set, the legacy Write bucket). Reports
 * the rate achieved in each bucket as a share of N and the share of requests refused with 429.
 * Usage: {@code bench/run.sh cloud [OUTPUT.md] [N] [K]} (defaults 2400 and 2000; Roblox's floor is 300/min).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int budget = args.length > 1 ? Integer.parseInt(args[1]) : 2400;
        int keys = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(budget))) {
            emulator.seedIfEmpty("1", keys * 13 / 10, 1);
            try (ProfileSource source = Connectors.installed().openSource("opencloud:1@" + emulator.baseUrl(),
                    Map.of("apiKey", "dev-key", "budget", Integer.toString(budget), "v1Budget",
                            Integer.toString(budget)))) {
                List<EntryRef> refs = list(source, keys);
                if (refs.size() < keys) {
                    throw new IllegalStateException("only " + refs.size() + " keys seeded");
                }
                Thread.sleep(61_000); // let the listing's minute pass so the read phase starts on a fresh window
                EmulatorStats before = emulator.stats();
                long t0 = System.nanoTime();
                ExecutorService writer = Executors.newSingleThreadExecutor();
                Future<Double> writing = writer.submit(() -> writeAll(source, keys, t0));
                int read = readAll(source, refs);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double writeSeconds = writing.get();
                writer.shutdown();
                EmulatorStats after = emulator.stats();
                report(args.length > 0 ? Path.of(args[0]) : null, budget, new double[] {read, seconds, keys,
                    writeSeconds}, before, after);
            }
        }
    }

    private static List<EntryRef> list(ProfileSource source, int wanted) {
        List<EntryRef> refs = new ArrayList<>();
        String storeCursor = null;
        do {
            Page<DataStoreInfo> stores = source.listDataStores("", storeCursor, 50);
            for (DataStoreInfo s : stores.items()) {
                String cursor = null;
                do {
                    Page<EntryRef> page = source.listKeys(s.name(), null, "", cursor, 100);
                    refs.addAll(page.items());
                    cursor = page.nextCursor();
                } while (cursor != null && refs.size() < wanted);
                if (refs.size() >= wanted) {
                    return refs.subList(0, wanted);
                }
            }
            storeCursor = stores.nextCursor();
        } while (storeCursor != null);
        return refs;
    }

    private static int readAll(ProfileSource source, List<EntryRef> refs) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger found = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                jobs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < refs.size(); i = next.getAndIncrement()) {
                        if (source.read(refs.get(i)).isPresent()) {
                            found.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return found.get();
    }

    /** 4 threads write {@code count} small values with v1 Set (the client's V1_WRITE bucket); returns seconds. */
    private static double writeAll(ProfileSource source, int count, long t0) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                jobs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        byte[] v = ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
                        source.write(new WriteRequest(EntryRef.of("BenchWrites", "k" + i), v, List.of(), "{}",
                                Precondition.none()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** {@code f}: keys read, read seconds, values written, write seconds. */
    private static void report(Path out, int budget, double[] f, EmulatorStats before, EmulatorStats after)
            throws IOException {
        long admitted = after.admitted() - before.admitted();
        long refused = after.overBudget() - before.overBudget() + after.injected() - before.injected();
        double readRate = f[0] / f[1] * 60;
        double writeRate = f[2] / f[3] * 60;
        double refusedShare = refused * 100.0 / Math.max(1, admitted + refused);
        String text = String.format("""
                # Open Cloud pacing under the reference's bucket model (issue #17)

                The emulator gives every bucket N = %d requests/min: the v2 experience budget (READ, WRITE, LIST,
                REMOVE; error-codes-and-limits.md) and the legacy v1 buckets (Read, Write; throttling.md). The
                client is told the same N for both (`budget`, `v1Budget`). At the same time, 4 threads read %d keys
                with v2 Get (READ) and 4 threads write %d small values with v1 Set (v1 Write), through
                `OpenCloudProfileSource` over loopback HTTP, after the key listing's minute has passed.

                | figure | value | target |
                |---|---|---|
                | keys read (v2 READ) | %.0f in %.1f s | |
                | read rate | %.0f /min = %.1f %% of N | >= 95 %% |
                | values written (v1 Write) | %.0f in %.1f s | |
                | write rate | %.0f /min = %.1f %% of N | >= 95 %% |
                | requests answered | %d | |
                | requests refused with 429 | %d (%.2f %%) | <= 1 %% |

                Command: `bench/run.sh cloud bench/results/cloud.md %d %.0f`. The client paces each bucket with a
                leaky bucket (burst of at most 10, then one request per 60 s / N) under a 60 s window cap.
                """, budget, (int) f[0], (int) f[2], f[0], f[1], readRate, readRate / budget * 100, f[2], f[3],
                writeRate, writeRate / budget * 100, admitted, refused, refusedShare, budget, f[0]);
        System.out.print(text);
        if (out != null) {
            Files.writeString(out, text);
        }
    }
}
