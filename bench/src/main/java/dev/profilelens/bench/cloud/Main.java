package dev.profilelens.bench.cloud;

import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.connectors.emulator.EmulatorStats;
import dev.profilelens.core.store.DataStoreInfo;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Page;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.ProfileSources;
import java.io.IOException;
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
 * Pacing benchmark: the emulator's budget is N requests per minute per category; the client, told the same N,
 * bulk-reads K keys with 4 threads. Reports the read rate achieved as a share of N and the share of requests the
 * emulator refused with 429. Usage: {@code bench/run.sh cloud [OUTPUT.md] [N] [K]} (defaults 2400 and 2000, so
 * it finishes in under a minute; Roblox's floor is 300/min).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int budget = args.length > 1 ? Integer.parseInt(args[1]) : 2400;
        int keys = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorOptions.defaults().withBudget(budget))) {
            emulator.seedIfEmpty("1", keys * 13 / 10, 1);
            try (ProfileSource source = ProfileSources.open("opencloud:1@" + emulator.baseUrl(),
                    Map.of("apiKey", "dev-key", "budget", Integer.toString(budget)))) {
                List<EntryRef> refs = list(source, keys);
                if (refs.size() < keys) {
                    throw new IllegalStateException("only " + refs.size() + " keys seeded");
                }
                Thread.sleep(61_000); // let the listing's minute pass so the read phase starts on a fresh window
                EmulatorStats before = emulator.stats();
                long t0 = System.nanoTime();
                int read = readAll(source, refs);
                double seconds = (System.nanoTime() - t0) / 1e9;
                EmulatorStats after = emulator.stats();
                report(args.length > 0 ? Path.of(args[0]) : null, budget, read, seconds, before, after);
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

    private static void report(Path out, int budget, int read, double seconds, EmulatorStats before,
                               EmulatorStats after) throws IOException {
        long admitted = after.admitted() - before.admitted();
        long refused = after.overBudget() - before.overBudget() + after.injected() - before.injected();
        double perMinute = admitted / seconds * 60;
        double share = perMinute / budget * 100;
        double refusedShare = refused * 100.0 / Math.max(1, admitted + refused);
        String text = String.format("""
                # Open Cloud pacing (issue #6)

                Emulator budget N = %d requests/min per category; the client is given the same N. Bulk read of
                %d keys with 4 threads through `OpenCloudProfileSource` over loopback HTTP (after the key listing's
                minute has passed, so the read phase starts on a fresh window).

                | figure | value | target |
                |---|---|---|
                | keys read | %d | |
                | wall time | %.1f s | < 60 s |
                | read requests answered | %d | |
                | achieved rate | %.0f /min | |
                | budget used | %.1f %% | >= 95 %% |
                | requests refused with 429 | %d (%.2f %%) | <= 1 %% |

                Command: `bench/run.sh cloud bench/results/cloud.md %d %d`. The client paces with a leaky bucket
                (burst of at most 10, then one request per 60 s / N) under a 60 s window cap (ADR 0031).
                """, budget, read, read, seconds, admitted, perMinute, share, refused, refusedShare, budget, read);
        System.out.print(text);
        if (out != null) {
            Files.writeString(out, text);
        }
    }
}
