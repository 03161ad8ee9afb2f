package dev.profilelens.app.shell;

import dev.profilelens.app.task.BackgroundTask;
import dev.profilelens.app.task.TaskExecutor;
import dev.profilelens.core.concurrent.Daemons;
import dev.profilelens.core.store.EntryRef;
import dev.profilelens.core.store.SandboxProvisioner;
import dev.profilelens.core.store.SandboxServers;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The window's own simulated game servers on the sandbox (ADR 0271): the design's sandbox is "driven by simulated game
 * servers", so live locks change, global updates are received and hand-overs are answered without a second shell.
 * Starting and stopping (opening the file, servers leaving cleanly) run one at a time on a lane of their own; what
 * is running is said in {@link #stateProperty()} on the FX thread.
 */
final class SimulatedServersControl implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SimulatedServersControl.class.getName());
    static final int SERVERS = 2;
    /** Five game seconds a second: ProfileService's 30 s autosave every 6 s, a 20-minute session in 4. */
    static final double SPEED = 5;
    private static final long CLOSE_WAIT_MS = 5_000;
    private final Optional<SandboxProvisioner> sandbox;
    private final TaskExecutor tasks;
    private final ExecutorService lane = Executors.newSingleThreadExecutor(Daemons.named("sandbox-servers"));
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    private final BooleanSupplier enabled;
    private volatile @Nullable SandboxServers running;
    private volatile boolean wanted;
    private volatile boolean settled;
    private volatile boolean sandboxOpen;

    /**
     * {@code sandbox}: the connector's sandbox (found through the SPI); {@code enabled}: the user's setting (Tools
     * menu), asked when the servers would start by themselves.
     */
    SimulatedServersControl(Optional<SandboxProvisioner> sandbox, TaskExecutor tasks, BooleanSupplier enabled) {
        this.sandbox = sandbox;
        this.tasks = tasks;
        this.enabled = enabled;
    }

    /** A session on the sandbox was opened; the servers start if the start has settled. On any thread. */
    void sandboxOpened() {
        sandboxOpen = true;
        if (settled && !lane.isShutdown()) {
            Platform.runLater(this::startIfDue);
        }
    }

    /**
     * The start's own work is done (the warm-ups have ended): from now on the servers start as soon as the sandbox
     * is open and the setting is on, so they never compete with the window's first second. On the FX thread.
     */
    void settled() {
        settled = true;
        startIfDue();
    }

    /** The user turned the servers on or off (Tools menu): on starts them if the sandbox is open. On the FX thread. */
    void enabled(boolean on) {
        if (on) {
            if (sandboxOpen) {
                start();
            }
        } else {
            stop();
        }
    }

    private void startIfDue() {
        if (settled && sandboxOpen && !wanted && enabled.getAsBoolean()) {
            start();
        }
    }

    /** What runs, for the status bar: empty when nothing does. */
    ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The servers, while they run (tests). */
    Optional<SandboxServers> servers() {
        return Optional.ofNullable(running);
    }

    /** The players of {@code refs} deleted their accounts (right to erasure): the running servers never load them. */
    void retire(Collection<EntryRef> refs) {
        servers().ifPresent(s -> refs.forEach(s::retire));
    }

    /** Starts the servers unless they run; on the FX thread. */
    private void start() {
        if (lane.isShutdown()) {
            return; // the window has quit: a start the settled timer still asks for is dropped
        }
        wanted = true;
        state.set("Starting simulated servers…");
        tasks.execute(BackgroundTask.of("Start simulated servers", () -> {
            if (wanted && running == null) {
                running = sandbox.orElseThrow(() -> new IllegalStateException("no sandbox connector is installed"))
                        .simulate(SERVERS, SPEED, System.nanoTime());
            }
            return running != null;
        }).onSuccess(on -> state.set(on ? SERVERS + " simulated servers (" + (int) SPEED + "× speed)" : ""))
                .onFailure(e -> {
                    LOG.log(Level.WARNING, "the simulated servers could not start", e);
                    state.set("Simulated servers stopped: " + e.getMessage());
                }), lane);
    }

    /** Stops the servers (each releases what it holds); on the FX thread. */
    private void stop() {
        wanted = false;
        if (lane.isShutdown()) {
            return;
        }
        state.set(running == null ? "" : "Stopping simulated servers…");
        tasks.execute(BackgroundTask.of("Stop simulated servers", () -> {
            halt();
            return Boolean.TRUE;
        }).onSuccess(done -> {
            if (!wanted) { // else a start asked for meanwhile says what it does
                state.set("");
            }
        }), lane);
    }

    private void halt() {
        SandboxServers s = running;
        running = null;
        if (s != null) {
            s.close();
        }
    }

    /** At quit: the servers leave within a few seconds, or are left to the next start's servers to take over. */
    @Override
    public synchronized void close() {
        wanted = false;
        if (lane.isShutdown()) {
            return; // closed already (a quit, then the shutdown hook)
        }
        lane.execute(this::halt);
        lane.shutdown();
        try {
            if (!lane.awaitTermination(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS)) {
                LOG.warning("the simulated servers did not stop within " + CLOSE_WAIT_MS + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
