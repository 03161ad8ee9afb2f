package dev.profilelens.bench.ds2;

import dev.profilelens.bench.Connectors;
import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.connectors.sqlite.SqliteOrderedSource;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.connectors.sqlite.seed.DialectSeeder;
import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.core.ds2.Ds2Address;
import dev.profilelens.core.ds2.Ds2Places;
import dev.profilelens.core.ds2.Ds2Reader;
import dev.profilelens.core.ordered.OrderedSource;
import dev.profilelens.core.ordered.OrderedStoreRef;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.Precondition;
import dev.profilelens.core.store.ProfileSource;
import dev.profilelens.core.store.WriteRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The DataStore2 player with 5,000 backups (issue #19 "Performance"): the latest value read from a fresh sandbox
 * file (cold open of both sources plus the read, and warm reads), and the requests the latest costs over Open Cloud
 * against the emulator, counted by the emulator. Usage: {@code bench/run.sh ds2 [OUTPUT.md]}.
 */
public final class Main {
    private static final int RUNS = 9;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("profilelens-ds2-bench");
        Path file = dir.resolve("sandbox.db");
        SandboxFiles.create(file, 5_000, 7, Instant.now(), (d, t) -> { }, () -> false);
        Ds2Address a = new Ds2Address(DialectSeeder.DS2_MASTER, DialectSeeder.FIRST_DS2_USER);
        Ds2Places places = Ds2Places.of(a, "global");
        long coldStart = System.nanoTime();
        long backup;
        List<Double> warm = new ArrayList<>();
        try (SqliteProfileSource s = SqliteProfileSource.open(file);
             SqliteOrderedSource o = new SqliteOrderedSource(file, true)) {
            Ds2Reader r = new Ds2Reader(s, o);
            backup = r.latestBackup(places).orElseThrow().n();
            double cold = (System.nanoTime() - coldStart) / 1e6;
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                r.latestBackup(places).orElseThrow();
                warm.add((System.nanoTime() - t0) / 1e6);
            }
            Collections.sort(warm);
            long requests = cloudRequests();
            String md = report(backup, cold, warm, requests);
            System.out.print(md);
            if (args.length > 0) {
                Files.writeString(Path.of(args[0]), md, StandardCharsets.UTF_8);
            }
        } finally {
            deleteAll(dir);
        }
    }

    /** Seeds 5,000 backups in the emulator, then counts the requests one latest read makes. */
    private static long cloudRequests() {
        try (EmulatorServer emu = EmulatorServer.start(EmulatorOptions.defaults().withBudget(1_000_000))) {
            String spec = "opencloud:1@" + emu.baseUrl();
            Map<String, String> opts = Map.of("apiKey", "dev-key", "budget", "1000000");
            try (ProfileSource s = Connectors.installed().openSource(spec,
                    opts); OrderedSource o = Connectors.installed().openOrdered(spec, opts)) {
                for (int n = 4_990; n <= 5_000; n++) {
                    s.write(new WriteRequest(new EntryRef("DATA/1", "global", Integer.toString(n)),
                            ("{\"coins\":" + n + "}").getBytes(StandardCharsets.UTF_8), List.of(1L), "{}",
                            Precondition.none()));
                }
                for (int n = 1; n <= 5_000; n++) {
                    o.create(OrderedStoreRef.of("DATA/1"), Integer.toString(n), n);
                }
                long before = emu.stats().admitted();
                long n = new Ds2Reader(s, o).latestBackup(Ds2Places.of(new Ds2Address("DATA", 1), "global"))
                        .orElseThrow().n();
                if (n != 5_000) {
                    throw new IllegalStateException("latest backup " + n);
                }
                return emu.stats().admitted() - before;
            }
        }
    }

    private static String report(long backup, double cold, List<Double> warm, long requests) {
        return "# DataStore2 latest value (issue #19)\n\n"
                + "A sandbox player (`ds2:DATA/" + DialectSeeder.FIRST_DS2_USER + "`) with " + backup
                + " OrderedBackups backups, read with `Ds2Reader.latestBackup`.\n\n"
                + "| figure | value | target |\n|---|---|---|\n"
                + String.format("| open both sources (fresh connections) + latest | %.1f ms | < 1000 ms |%n", cold)
                + String.format("| latest, warm (median of %d) | %.2f ms | |%n", RUNS, warm.get(RUNS / 2))
                + String.format("| latest, warm (worst) | %.2f ms | |%n", warm.get(RUNS - 1))
                + "| requests for the latest over Open Cloud (emulator count) | " + requests
                + " (1 ordered list + 1 get) | 2 |\n\n"
                + "Command: `bench/run.sh ds2 bench/results/ds2.md`. The #206 probe of backup N+1 is one more get, "
                + "made by `get` (ADR 0132).\n";
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
