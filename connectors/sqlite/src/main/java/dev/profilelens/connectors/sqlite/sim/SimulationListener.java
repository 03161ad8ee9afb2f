package dev.profilelens.connectors.sqlite.sim;

/** Receives simulation events from the server threads (concurrently: implementations must be thread-safe). */
@FunctionalInterface
public interface SimulationListener {
    void onEvent(SimulationEvent event);
}
