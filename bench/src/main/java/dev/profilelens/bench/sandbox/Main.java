package dev.profilelens.bench.sandbox;

import dev.profilelens.connectors.sqlite.Retention;
import dev.profilelens.connectors.sqlite.SqliteProfileSource;
import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.connectors.sqlite.sim.SimulatedServers;
import dev.profilelens.connectors.sqlite.sim.SimulationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Grows a fresh 5,000-profile sandbox under simulated servers and prints the file sizes per game hour. The store's
 * clock runs at the simulation's speed, so Roblox's hourly version rule sees game hours (a day in minutes).
 * Usage: {@code bench/run.sh sandbox RETENTION SERVERS SPEED GAME_HOURS} (e.g. {@code roblox 8 240 24}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Retention retention = Retention.parse(args.length > 0 ? args[0] : "roblox");
        int servers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        double speed = args.length > 2 ? Double.parseDouble(args[2]) : 240;
        int hours = args.length > 3 ? Integer.parseInt(args[3]) : 24;
        Path dir = Files.createTempDirectory("sandbox-growth");
        Path db = dir.resolve("sandbox.db");
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        SandboxFiles.create(db, 5_000, 7, start, (done, total) -> { }, () -> false);
        System.out.printf(Locale.ROOT, "seeded: %s%n", sizes(db));
        System.out.printf(Locale.ROOT, "retention %s, %d servers, %.0fx, %d game hours%n", retention, servers, speed,
                hours);
        long wallPerHour = (long) (3_600_000 / speed);
        try (SqliteProfileSource source = new SqliteProfileSource(db, new GameClock(start, speed), retention, false);
             SimulatedServers sim = SimulatedServers.start(source, new SimulationOptions(servers, speed, 7),
                     e -> { })) {
            long peak = 0;
            for (int h = 1; h <= hours; h++) {
                Thread.sleep(wallPerHour);
                peak = Math.max(peak, total(db));
                System.out.printf(Locale.ROOT, "game hour %2d: %s, events %s%n", h, sizes(db), sim.counts());
            }
            System.out.printf(Locale.ROOT, "peak db+wal during the run: %.1f MB%n", peak / 1e6);
        }
        System.out.printf(Locale.ROOT, "after close: %s%n", sizes(db));
    }

    private static long size(Path p) throws IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }

    private static long total(Path db) throws IOException {
        return size(db) + size(db.resolveSibling(db.getFileName() + "-wal"));
    }

    private static String sizes(Path db) throws IOException {
        return String.format(Locale.ROOT, "db %.1f MB, wal %.1f MB", size(db) / 1e6,
                size(db.resolveSibling(db.getFileName() + "-wal")) / 1e6);
    }
}
