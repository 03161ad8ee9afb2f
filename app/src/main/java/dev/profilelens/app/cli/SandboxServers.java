package dev.profilelens.app.cli;

import dev.profilelens.connectors.sqlite.sim.SandboxSimulation;
import dev.profilelens.connectors.sqlite.sim.SimulatedServers;
import dev.profilelens.connectors.sqlite.sim.SimulationOptions;
import dev.profilelens.core.error.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** {@code sandbox --servers N --speed X}: runs simulated game servers on the sandbox file, one line per event. */
final class SandboxServers {
    private SandboxServers() {
    }

    static void check(int servers, double speed, @Nullable Long duration) {
        if (servers < 0 || servers > 64) {
            throw new InvalidInputException("--servers must be between 0 and 64, was " + servers, "--servers");
        }
        if (!(speed > 0) || speed > 10_000) {
            throw new InvalidInputException("--speed must be above 0 and at most 10000, was " + speed, "--speed");
        }
        if (duration != null && duration < 1) {
            throw new InvalidInputException("--duration must be at least 1 second", "--duration");
        }
    }

    /** Runs until Ctrl+C (or {@code duration} seconds), then shuts every server down cleanly. */
    static void run(Path file, int servers, double speed, long seed, @Nullable Long duration, PrintWriter out,
                    PrintWriter err) {
        CountDownLatch stop = new CountDownLatch(1);
        try (SandboxSimulation simulation = SandboxSimulation.start(file, new SimulationOptions(servers, speed, seed),
                e -> {
                    synchronized (out) {
                        out.println(e.line());
                    }
                })) {
            SimulatedServers sim = simulation.servers();
            Thread hook = new Thread(() -> {
                stop.countDown();
                sim.close();
            }, "sandbox-servers-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            err.printf("%d servers playing %d players at %.0fx speed on %s; Ctrl+C stops them%n", servers,
                    sim.players(), speed, file);
            try {
                if (duration == null) {
                    stop.await();
                } else {
                    stop.await(duration, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sim.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running (Ctrl+C): it closes the servers itself
            }
            err.println("servers stopped: " + sim.counts());
        }
    }
}
