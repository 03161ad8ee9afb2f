package dev.profilelens.core.store;

import java.util.function.BooleanSupplier;

/**
 * Creates the bundled sandbox on first start (the app shows a progress bar meanwhile). Implemented by the
 * embedded store connector and found through {@link ServiceLoader}, so the app needs no connector types.
 */
public interface SandboxProvisioner {

    /** Receives progress: {@code done} of {@code total} profiles written. */
    @FunctionalInterface
    interface Progress {
        void update(int done, int total);
    }

    /** True when the sandbox exists and holds data; then {@code ProfileSources.open("sandbox", …)} opens it. */
    boolean isReady();

    /**
     * Loads what opening a store will need (a native driver, say), so the window's first read does not wait for
     * it; called once at start on a background thread while the GUI toolkit starts. Failures are left for the real
     * open to report.
     */
    default void prepare() {
    }

    /** Seeds a fresh sandbox with {@code profiles} profiles; a cancelled run leaves no partial file. */
    void create(int profiles, long seed, Progress progress, BooleanSupplier cancelled);

    /**
     * Starts {@code servers} simulated game servers on the sandbox at {@code speed} game seconds a second (the
     * sandbox must be ready); they play until closed.
     */
    SandboxServers simulate(int servers, double speed, long seed);
}
