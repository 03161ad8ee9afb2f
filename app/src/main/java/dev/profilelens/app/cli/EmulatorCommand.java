package dev.profilelens.app.cli;

import dev.profilelens.connectors.emulator.ApiKeyTable;
import dev.profilelens.connectors.emulator.EmulatorOptions;
import dev.profilelens.connectors.emulator.EmulatorServer;
import dev.profilelens.connectors.emulator.Faults;
import dev.profilelens.core.error.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code profilelens emulator}: the local Open Cloud data store API on 127.0.0.1 until Ctrl+C. */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = {"Serve the Open Cloud data store API (v1 + v2) on 127.0.0.1 until Ctrl+C.",
            "Use it with --source opencloud:UNIVERSE@http://127.0.0.1:PORT."})
final class EmulatorCommand implements Callable<Integer> {
    /** How long Ctrl+C waits for the server to close before the JVM stops anyway. */
    static final int STOP_GRACE_SECONDS = 20;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8719", description = "TCP port; 0 picks a free one "
            + "(default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--db", paramLabel = "FOLDER",
            description = "Keep the universes' data in this folder across restarts (default: a temporary folder).")
    Path db;

    @Option(names = "--api-keys", paramLabel = "FILE",
            description = "JSON file: {\"keys\": [{\"key\": K, \"universes\": [\"1\"], \"scopes\": [...]}]}. "
                    + "Without it, the key dev-key is accepted with every scope on every universe.")
    Path apiKeys;

    @Option(names = "--faults", paramLabel = "SPEC",
            description = "Injected faults, e.g. 429=0.05,500=0.1,503=0.1,lost=0.1,slow=0.1,slow-ms=2000,seed=1")
    String faults;

    @Option(names = "--keep-all-versions", description = "Keep every version (default: Roblox's hourly rule).")
    boolean keepAll;

    @Option(names = "--budget", defaultValue = "300",
            description = "Requests per minute per universe and category (default: ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--short-pages", description = "Serve an empty first page, then pages of at most 2 items.")
    boolean shortPages;

    @Option(names = "--seed-profiles", defaultValue = "200", paramLabel = "N",
            description = "Fill universe 1 with N sandbox profiles when it holds nothing yet; 0 leaves it empty "
                    + "(default: ${DEFAULT-VALUE}).")
    int seedProfiles;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this many seconds.")
    Long duration;

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            throw new InvalidInputException("--port must be between 0 and 65535, was " + port, "--port");
        }
        if (budget < 1) {
            throw new InvalidInputException("--budget must be at least 1 request per minute", "--budget");
        }
        if (seedProfiles < 0) {
            throw new InvalidInputException("--seed-profiles must be 0 or more", "--seed-profiles");
        }
        EmulatorOptions options = EmulatorOptions.defaults().withPort(port).withDb(db).withBudget(budget)
                .withKeepAllVersions(keepAll).withShortPages(shortPages)
                .withFaults(faults == null ? Faults.none() : Faults.parse(faults))
                .withApiKeys(apiKeys == null ? ApiKeyTable.devKey() : ApiKeyTable.load(apiKeys));
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl+C / SIGTERM: the hook wakes this thread and holds the JVM until the server is closed (its temporary
        // state folder removed) and "emulator stopped" is printed.
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "emulator-stop");
        boolean[] started = {false};
        try (EmulatorServer server = EmulatorServer.start(options)) {
            started[0] = true;
            if (seedProfiles > 0 && server.seedIfEmpty("1", seedProfiles, 42)) {
                err.println("universe 1 seeded with " + seedProfiles + " sandbox profiles");
            }
            Runtime.getRuntime().addShutdownHook(hook);
            spec.commandLine().getOut().println(server.baseUrl());
            spec.commandLine().getOut().flush();
            err.println("Open Cloud emulator on " + server.baseUrl() + " (state in " + server.stateFolder() + ")");
            if (apiKeys == null) {
                err.println("No --api-keys file: the key 'dev-key' is accepted with every scope on every universe.");
            }
            err.println("Try: profilelens keys PlayerData --source opencloud:1@" + server.baseUrl()
                    + "   Ctrl+C stops the emulator.");
            err.flush();
            await(stop);
        } finally {
            if (started[0]) {
                err.println("emulator stopped");
                err.flush();
            }
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNeverAdded) {
                // the JVM is stopping (the hook waits for the countDown above), or the server never started
            }
        }
        return 0;
    }

    private void await(CountDownLatch stop) {
        try {
            if (duration == null) {
                stop.await();
            } else {
                stop.await(duration, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
