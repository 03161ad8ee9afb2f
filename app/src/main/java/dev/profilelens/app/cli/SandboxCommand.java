package dev.profilelens.app.cli;

import dev.profilelens.app.env.Environment;
import dev.profilelens.connectors.sqlite.seed.SandboxFiles;
import dev.profilelens.connectors.sqlite.seed.SandboxSeeder;
import dev.profilelens.core.error.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens sandbox}: create and seed a sandbox file (and run simulated game servers on it). */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Create and seed a sandbox store (once: an existing sandbox is left as it is).",
            "The default file is sandbox.db in the ProfileLens data folder (PROFILELENS_HOME to move it)."})
final class SandboxCommand implements Callable<Integer> {
    private final Environment env;

    SandboxCommand(Environment env) {
        this.env = env;
    }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", description = "The sandbox file (default: the bundled sandbox).")
    Path db;

    @Option(names = "--profiles", defaultValue = "" + SandboxSeeder.DEFAULT_PROFILES,
            description = "Keys to seed (default: ${DEFAULT-VALUE}).")
    int profiles;

    @Option(names = "--seed", defaultValue = "" + SandboxSeeder.DEFAULT_SEED,
            description = "Random seed: the same seed gives the same game (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--verbose", description = "Stack traces on failure.")
    boolean verbose;

    @Option(names = "--servers", defaultValue = "0",
            description = "Simulated game servers to run on the sandbox until Ctrl+C (default: none).")
    int servers;

    @Option(names = "--speed", defaultValue = "60",
            description = "Game seconds per real second for the servers (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "Stop the servers after this many real seconds instead of waiting for Ctrl+C.")
    Long duration;

    @Override
    public Integer call() {
        SandboxServers.check(servers, speed, duration);
        if (profiles < 1) {
            throw new InvalidInputException("--profiles must be at least 1", "--profiles");
        }
        Path file = db != null ? db : env.providers().context().sandboxFile();
        PrintWriter err = spec.commandLine().getErr();
        if (SandboxFiles.isSeeded(file)) {
            err.println("sandbox " + file + " already holds data; seeding skipped");
        } else {
            long t0 = System.nanoTime();
            int[] lastPercent = {-1};
            SandboxFiles.create(file, profiles, seed, Instant.now(), (done, total) -> {
                int percent = done * 100 / total;
                if (percent / 10 != lastPercent[0] / 10) {
                    lastPercent[0] = percent;
                    err.println("seeding " + file + ": " + done + "/" + total + " keys");
                }
            }, () -> false);
            err.printf("seeded %d keys into %s in %.1f s%n", profiles, file, (System.nanoTime() - t0) / 1e9);
        }
        spec.commandLine().getOut().println(file);
        if (servers > 0) {
            SandboxServers.run(file, servers, speed, seed, duration, spec.commandLine().getOut(), err);
        }
        return 0;
    }
}
