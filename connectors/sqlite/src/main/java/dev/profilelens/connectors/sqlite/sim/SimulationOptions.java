package dev.profilelens.connectors.sqlite.sim;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to run the simulated servers.
 *
 * @param servers           game servers running at once (1-64)
 * @param speed             game seconds per wall second (1 = real time; 60 = an hour in a minute)
 * @param seed              random seed for players and crashes
 * @param stores            the stores played on
 * @param meanCrashInterval mean game time between server crashes over the whole fleet; zero disables crashes
 */
public record SimulationOptions(int servers, double speed, long seed, List<SimStore> stores,
                                Duration meanCrashInterval) {
    public static final Duration DEFAULT_CRASH_INTERVAL = Duration.ofMinutes(20);

    public SimulationOptions {
        if (servers < 1 || servers > 64) {
            throw new IllegalArgumentException("servers must be between 1 and 64, was " + servers);
        }
        if (!(speed > 0) || speed > 10_000) {
            throw new IllegalArgumentException("speed must be above 0 and at most 10000, was " + speed);
        }
        stores = List.copyOf(stores);
        if (stores.isEmpty()) {
            throw new IllegalArgumentException("at least one store is needed");
        }
        Objects.requireNonNull(meanCrashInterval, "meanCrashInterval");
        if (meanCrashInterval.isNegative()) {
            throw new IllegalArgumentException("meanCrashInterval must not be negative");
        }
    }

    /** The sandbox stores with crashes every 20 game minutes on average. */
    public SimulationOptions(int servers, double speed, long seed) {
        this(servers, speed, seed, SimStore.sandboxDefaults(), DEFAULT_CRASH_INTERVAL);
    }

    /** A game duration as wall time at this speed. */
    public Duration wall(Duration game) {
        return Duration.ofNanos((long) (game.toNanos() / speed));
    }
}
